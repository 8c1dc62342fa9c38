-- What the extractors read from each article, as one JSON document per article
-- (events, people, ...), with the name of the extractor that produced it.
CREATE TABLE article_records (
  article_id TEXT PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
  extractor  TEXT NOT NULL,
  records    TEXT NOT NULL
);
