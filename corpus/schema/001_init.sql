-- 001_init: articles, their boilerplate, and every fact the analysers find.
-- Offsets (start, end) are byte offsets into articles.body, end exclusive.

CREATE TABLE articles (
    seq         INTEGER PRIMARY KEY,           -- order of storing; near-duplicate tables refer to it
    id          TEXT NOT NULL UNIQUE,          -- hex digest of the normalised title and body
    analyzed    INTEGER NOT NULL DEFAULT 0,    -- 1 once the facts of the article are stored
    source_file TEXT NOT NULL,                 -- path as given, "-" for stdin
    source_line INTEGER NOT NULL DEFAULT 0,    -- line (jsonl) or record (csv); 0 for one-article files
    format      TEXT NOT NULL DEFAULT '',      -- txt, jsonl, csv, html
    url         TEXT NOT NULL DEFAULT '',
    outlet      TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',      -- ISO 8601, as precise as known
    author      TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    dateline    TEXT NOT NULL DEFAULT '',
    credits     TEXT NOT NULL DEFAULT '[]',    -- JSON array of credited sources
    words       INTEGER NOT NULL DEFAULT 0,
    rules       TEXT NOT NULL DEFAULT '{}',    -- JSON object: metadata field -> rule that found it
    body        TEXT NOT NULL                  -- NFC, boilerplate removed; last, so that reading the
                                               -- other columns does not walk its overflow pages
);

-- Covers "is this article stored, and analysed?", asked for every article
-- read, without touching the rows (whose first page holds the body).
CREATE INDEX articles_id_analyzed ON articles (id, analyzed);
CREATE INDEX articles_source ON articles (source_file, source_line);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE boilerplate (
    article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,                  -- order in the source
    text    TEXT NOT NULL,
    reason  TEXT NOT NULL,                     -- copyright, teaser, navigation, tags, image-credit, ...
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
    article TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,                  -- sentence index, as in the facts' sentence column
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
    article  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,                 -- order within the article as the analyser gave it
    text     TEXT NOT NULL,                    -- surface form
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    name     TEXT NOT NULL,                    -- canonical name
    type     TEXT NOT NULL,                    -- PER, ORG, LOC
    kind     TEXT NOT NULL DEFAULT '',         -- ORG kind: bank, media, agency, company, public, party, ...
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE INDEX entities_name ON entities (name);

CREATE TABLE figures (
    article   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
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
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE dates (
    article  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    value    TEXT NOT NULL DEFAULT '',         -- ISO 8601, '' when vague
    vague    INTEGER NOT NULL DEFAULT 0,
    relative INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE claims (
    article    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
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
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE INDEX claims_id ON claims (id);
CREATE INDEX claims_speaker ON claims (speaker);

-- Near-duplicates: a MinHash signature of each body, its LSH band keys, and
-- the pairs whose similarity passed the threshold (a < b). Signatures and
-- band keys refer to articles by seq: small integer keys keep the band index
-- compact, so that linking stays an index look-up as the store grows.
CREATE TABLE signatures (
    seq       INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    signature BLOB NOT NULL                    -- little-endian uint64 MinHash values
);

-- Band keys are derived data: no foreign key or second index, which would
-- double the cost of the largest table's inserts. Rows left by a deleted
-- article are skipped (their signature is gone).
CREATE TABLE band_keys (
    key INTEGER NOT NULL,                      -- LSH band key (a 64-bit hash, stored signed)
    seq INTEGER NOT NULL,                      -- articles.seq
    PRIMARY KEY (key, seq)
) WITHOUT ROWID;

CREATE TABLE near_duplicates (
    a          TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    b          TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITHOUT ROWID;

CREATE INDEX near_duplicates_b ON near_duplicates (b);
