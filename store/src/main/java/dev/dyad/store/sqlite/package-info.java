/**
 * The knowledge base on an embedded SQLite file: {@link dev.dyad.store.sqlite.SqliteKnowledgeBase}
 * is the entry point, and everything else here is its parts.
 *
 * <p>The schema lives in versioned SQL files under {@code db/migration} on the class path
 * ({@code V1__articles.sql}, {@code V2__article_lines.sql}, ...), which Flyway applies when a file
 * is opened and records in its {@code flyway_schema_history} table, so each runs once per file.
 * Change the schema only by adding a file with the next version; never edit one that has shipped.
 *
 * <p>What is stored is what cannot be recomputed: an article's metadata and text, and for each line
 * its label, content start and duplicate. A line's span and text are recomputed from the stored
 * text with {@link dev.dyad.core.model.Article#lines()}, so the two can never disagree. Dates are
 * ISO 8601 strings, never JDBC dates (the driver would write epoch milliseconds).
 */
package dev.dyad.store.sqlite;
