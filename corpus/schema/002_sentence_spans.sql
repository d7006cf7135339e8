-- 002_sentence_spans: one row an article for sentence spans, not one a
-- sentence. Sentences are the most numerous rows (some 75 an article) and
-- no query needs them one by one; the facts keep their sentence index.

CREATE TABLE sentences_new (
    article TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    spans   TEXT NOT NULL                      -- JSON array of [index, start, end], in order
) WITHOUT ROWID;

INSERT INTO sentences_new (article, spans)
SELECT article, json_group_array(json_array(idx, start, "end"))
FROM (SELECT article, idx, start, "end" FROM sentences ORDER BY article, idx)
GROUP BY article;

DROP TABLE sentences;
ALTER TABLE sentences_new RENAME TO sentences;
