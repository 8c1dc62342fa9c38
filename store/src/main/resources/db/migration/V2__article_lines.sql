-- The label of each line of an article. The line's text and span are not stored: they are
-- recomputed from article.text, so they cannot disagree with it.
CREATE TABLE article_line (
    article_id    TEXT    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    line_no       INTEGER NOT NULL CHECK (line_no >= 1),
    label         TEXT    NOT NULL,
    content_start INTEGER NOT NULL,
    duplicate_of  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, line_no)
);
