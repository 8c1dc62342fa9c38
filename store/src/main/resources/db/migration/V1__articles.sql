-- One row per stored article. Dates are ISO 8601 strings: `published` is a partial date
-- ("2023", "2023-12" or "2023-12-06"), `ingested_at` an instant ("2026-11-23T10:15:30Z").
-- `content_hash` is the SHA-256 of `text` in lower-case hex; it is unique because the same
-- article fetched from two places is stored once.
CREATE TABLE article (
    id           TEXT NOT NULL PRIMARY KEY,
    source       TEXT NOT NULL,
    title        TEXT,
    published    TEXT,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);

CREATE UNIQUE INDEX article_content_hash ON article (content_hash);
