package dev.dyad.store.sqlite;

import dev.dyad.core.kb.KnowledgeBase.StoreOutcome;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.Line;
import dev.dyad.core.model.PartialDate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The write side of the knowledge base: stores one cleaned article, with its line labels, in one
 * transaction on the connection it is given.
 *
 * <p>An article whose content hash is already stored, under its own id or another, is
 * {@link StoreOutcome#UNCHANGED} and nothing is written. Otherwise an article whose id is stored
 * is {@link StoreOutcome#REPLACED}: its row is updated and its lines written anew. Anything else
 * is {@link StoreOutcome#STORED}. If any step fails the transaction is rolled back, so the
 * article is left exactly as it was before the call. Not thread-safe: it drives one connection.
 */
final class ArticleWriter {

  private final Connection connection;
  private final Clock clock;
  private final RecordsCodec codec = new RecordsCodec();
  /** Names the producer of stored records; the model carries no extractor versions yet. */
  private static final String EXTRACTOR = "rule-based";

  ArticleWriter(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  StoreOutcome store(CleanArticle clean, ArticleRecords records) {
    requireLinesOfText(clean);
    String id = clean.article().id();
    try {
      connection.setAutoCommit(false);
      try {
        StoreOutcome outcome = write(clean);
        writeRecords(clean.article().id(), records);
        connection.commit();
        return outcome;
      } catch (SQLException | RuntimeException e) {
        rollback(e);
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("could not store article " + id + ": " + e.getMessage(), e);
    }
  }

  private StoreOutcome write(CleanArticle clean) throws SQLException {
    Article article = clean.article();
    String hash = ContentHash.of(article.text());
    if (exists("SELECT 1 FROM article WHERE content_hash = ?", hash)) {
      if (article.published().isPresent() && storedUndated(article.id())) {
        // The same text, now dated (by inference from other articles): keep the date.
        try (PreparedStatement update = connection.prepareStatement("UPDATE article SET published = ? WHERE id = ?")) {
          update.setString(1, article.published().get().toString());
          update.setString(2, article.id());
          update.executeUpdate();
        }
      }
      return StoreOutcome.UNCHANGED;
    }
    boolean replacing = exists("SELECT 1 FROM article WHERE id = ?", article.id());
    if (replacing) {
      updateArticle(article, hash);
      deleteLines(article.id());
    } else {
      insertArticle(article, hash);
    }
    insertLines(article.id(), clean.lines());
    return replacing ? StoreOutcome.REPLACED : StoreOutcome.STORED;
  }

  /** Replaces the records of an article stored under this id; copies stored under another id are left alone. */
  private void writeRecords(String id, ArticleRecords records) throws SQLException {
    if (!exists("SELECT 1 FROM article WHERE id = ?", id)) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(
        "INSERT INTO article_records (article_id, extractor, records) VALUES (?, ?, ?) "
            + "ON CONFLICT (article_id) DO UPDATE SET extractor = excluded.extractor, records = excluded.records")) {
      upsert.setString(1, id);
      upsert.setString(2, EXTRACTOR);
      upsert.setString(3, codec.write(records));
      upsert.executeUpdate();
    }
  }

  private boolean storedUndated(String id) throws SQLException {
    return exists("SELECT 1 FROM article WHERE id = ? AND published IS NULL", id);
  }

  private boolean exists(String sql, String value) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, value);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private void insertArticle(Article article, String hash) throws SQLException {
    String sql = "INSERT INTO article"
        + " (source, title, published, text, content_hash, ingested_at, id)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      bindArticle(insert, article, hash);
      insert.executeUpdate();
    }
  }

  private void updateArticle(Article article, String hash) throws SQLException {
    String sql = "UPDATE article SET source = ?, title = ?, published = ?, text = ?,"
        + " content_hash = ?, ingested_at = ? WHERE id = ?";
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      bindArticle(update, article, hash);
      update.executeUpdate();
    }
  }

  /** Binds the columns in the order both the insert and the update name them, id last. */
  private void bindArticle(PreparedStatement statement, Article article, String hash)
      throws SQLException {
    statement.setString(1, article.source());
    statement.setString(2, article.title().orElse(null));
    statement.setString(3, article.published().map(PartialDate::toString).orElse(null));
    statement.setString(4, article.text());
    statement.setString(5, hash);
    statement.setString(6, Instant.now(clock).toString());
    statement.setString(7, article.id());
  }

  private void deleteLines(String id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM article_line WHERE article_id = ?")) {
      delete.setString(1, id);
      delete.executeUpdate();
    }
  }

  private void insertLines(String id, List<LabelledLine> lines) throws SQLException {
    String sql = "INSERT INTO article_line"
        + " (article_id, line_no, label, content_start, duplicate_of) VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (LabelledLine line : lines) {
        insert.setString(1, id);
        insert.setInt(2, line.number());
        insert.setString(3, line.label().key());
        insert.setInt(4, line.contentStart());
        insert.setInt(5, line.duplicateOf());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void rollback(Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Only labels are stored, and lines are rebuilt from the text when read, so a labelled line
   * that is not a line of the text would come back different: refuse it before writing.
   */
  private static void requireLinesOfText(CleanArticle clean) {
    List<Line> lines = clean.article().lines();
    for (LabelledLine labelled : clean.lines()) {
      int number = labelled.number();
      if (number > lines.size() || !lines.get(number - 1).equals(labelled.line())) {
        throw new IllegalArgumentException("line " + number + " of article "
            + clean.article().id() + " is not line " + number + " of its text:"
            + " label the lines that Article.lines() returns");
      }
    }
  }
}
