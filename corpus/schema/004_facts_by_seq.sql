-- 004_facts_by_seq: the fact tables refer to their article by its seq, an
-- integer growing with every article stored, instead of its 64-digit hex ID.
-- Keyed by (seq, idx), the facts of a new article go at the end of each
-- table instead of at a random place (IDs are hashes): an ingest writes a
-- few pages at the end of each table rather than dirtying pages all over
-- tables far larger than the page cache, and every row and index entry is
-- some 60 bytes smaller. Existing rows are converted.

CREATE TABLE sentences_new (
    seq   INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    spans TEXT NOT NULL                        -- JSON array of [index, start, end], in order
);
INSERT INTO sentences_new (seq, spans)
SELECT a.seq, s.spans FROM sentences s JOIN articles a ON a.id = s.article ORDER BY a.seq;
DROP TABLE sentences;
ALTER TABLE sentences_new RENAME TO sentences;

CREATE TABLE entities_new (
    seq      INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,                 -- order within the article as the analyser gave it
    text     TEXT NOT NULL,                    -- surface form
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    name     TEXT NOT NULL,                    -- canonical name
    type     TEXT NOT NULL,                    -- PER, ORG, LOC
    kind     TEXT NOT NULL DEFAULT '',         -- ORG kind: bank, media, agency, company, public, party, ...
    PRIMARY KEY (seq, idx)
) WITHOUT ROWID;
INSERT INTO entities_new (seq, idx, text, start, "end", sentence, name, type, kind)
SELECT a.seq, e.idx, e.text, e.start, e."end", e.sentence, e.name, e.type, e.kind
FROM entities e JOIN articles a ON a.id = e.article ORDER BY a.seq, e.idx;
DROP TABLE entities;
ALTER TABLE entities_new RENAME TO entities;
CREATE INDEX entities_name ON entities (name);

CREATE TABLE figures_new (
    seq       INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    sentence  INTEGER NOT NULL,
    value     REAL NOT NULL,                   -- normalised: "1,3 Milliarden" is 1.3e9
    unit      TEXT NOT NULL DEFAULT '',        -- percent, percentage_points, EUR, USD, count, ...
    noun      TEXT NOT NULL DEFAULT '',
    hedge     TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT '',        -- up, down or ''
    about     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (seq, idx)
) WITHOUT ROWID;
INSERT INTO figures_new (seq, idx, text, start, "end", sentence, value, unit, noun, hedge, direction, about)
SELECT a.seq, f.idx, f.text, f.start, f."end", f.sentence, f.value, f.unit, f.noun, f.hedge, f.direction, f.about
FROM figures f JOIN articles a ON a.id = f.article ORDER BY a.seq, f.idx;
DROP TABLE figures;
ALTER TABLE figures_new RENAME TO figures;

CREATE TABLE dates_new (
    seq      INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    value    TEXT NOT NULL DEFAULT '',         -- ISO 8601, '' when vague
    vague    INTEGER NOT NULL DEFAULT 0,
    relative INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (seq, idx)
) WITHOUT ROWID;
INSERT INTO dates_new (seq, idx, text, start, "end", sentence, value, vague, relative)
SELECT a.seq, d.idx, d.text, d.start, d."end", d.sentence, d.value, d.vague, d.relative
FROM dates d JOIN articles a ON a.id = d.article ORDER BY a.seq, d.idx;
DROP TABLE dates;
ALTER TABLE dates_new RENAME TO dates;

CREATE TABLE claims_new (
    seq        INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    id         TEXT NOT NULL,                  -- stable claim ID
    outlet     TEXT NOT NULL DEFAULT '',
    speaker    TEXT NOT NULL DEFAULT '',
    speaker_of TEXT NOT NULL DEFAULT '',
    stance     TEXT NOT NULL DEFAULT '',       -- asserts, reports, confirms, denies
    partial    INTEGER NOT NULL DEFAULT 0,
    mode       TEXT NOT NULL DEFAULT '',       -- direct, indirect, according_to, hearsay, statement
    cue        TEXT NOT NULL DEFAULT '',
    subject    TEXT NOT NULL DEFAULT '',
    predicate  TEXT NOT NULL DEFAULT '',
    object     TEXT NOT NULL DEFAULT '',
    polarity   TEXT NOT NULL DEFAULT '',
    hedges     TEXT NOT NULL DEFAULT '[]',     -- JSON array of strings
    entities   TEXT NOT NULL DEFAULT '[]',     -- JSON array of canonical names
    figures    TEXT NOT NULL DEFAULT '[]',     -- JSON array of figure objects
    dates      TEXT NOT NULL DEFAULT '[]',     -- JSON array of ISO values
    evidence   TEXT NOT NULL DEFAULT '',
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    via        TEXT NOT NULL DEFAULT '[]',     -- JSON array: chain of sourcing
    PRIMARY KEY (seq, idx)
) WITHOUT ROWID;
INSERT INTO claims_new (seq, idx, id, outlet, speaker, speaker_of, stance, partial, mode, cue, subject, predicate,
    object, polarity, hedges, entities, figures, dates, evidence, start, "end", via)
SELECT a.seq, c.idx, c.id, c.outlet, c.speaker, c.speaker_of, c.stance, c.partial, c.mode, c.cue, c.subject,
    c.predicate, c.object, c.polarity, c.hedges, c.entities, c.figures, c.dates, c.evidence, c.start, c."end", c.via
FROM claims c JOIN articles a ON a.id = c.article ORDER BY a.seq, c.idx;
DROP TABLE claims;
ALTER TABLE claims_new RENAME TO claims;
CREATE INDEX claims_id ON claims (id);
CREATE INDEX claims_speaker ON claims (speaker);
