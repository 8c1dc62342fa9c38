package dev.dyad.store.sqlite;

import dev.dyad.core.kb.KnowledgeBase;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.CleanArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A {@link KnowledgeBase} kept in one SQLite file, opened with {@link #open(Path)}.
 *
 * <p>Opening creates the file and its folders if needed and brings the schema up to date (see the
 * package doc). The file is in WAL journal mode with foreign keys enforced. Each {@link #store}
 * call is one transaction, so an article is either fully stored or left as it was. Like every
 * knowledge base, it is for one thread at a time; other processes may read the file meanwhile.
 *
 * <pre>{@code
 * try (KnowledgeBase kb = SqliteKnowledgeBase.open(Path.of("data/dyad.sqlite"))) {
 *   kb.store(cleanArticle);   // STORED, then UNCHANGED if stored again
 * }
 * }</pre>
 */
public final class SqliteKnowledgeBase implements KnowledgeBase {

  /** How long a write waits for another process's write to finish before failing. */
  private static final int BUSY_TIMEOUT_MS = 5_000;

  private final Path file;
  private final Connection connection;
  private final ArticleWriter writer;
  private final ArticleLoader loader;

  private SqliteKnowledgeBase(Path file, Connection connection, Clock clock) {
    this.file = file;
    this.connection = connection;
    this.writer = new ArticleWriter(connection, clock);
    this.loader = new ArticleLoader(connection);
  }

  /**
   * Opens the knowledge base in {@code file}, creating it (and its parent folders) if it does not
   * exist and applying any migration it has not had yet.
   *
   * @throws UncheckedIOException when the parent folders cannot be created
   * @throws StoreException when the file cannot be opened as SQLite or its schema cannot be
   *     brought up to date
   */
  public static SqliteKnowledgeBase open(Path file) {
    return open(file, Clock.systemUTC());
  }

  static SqliteKnowledgeBase open(Path file, Clock clock) {
    Path absolute = file.toAbsolutePath().normalize();
    createParents(absolute);
    SQLiteDataSource dataSource = dataSource(absolute);
    SchemaMigrations.migrate(dataSource, absolute.toString());
    try {
      return new SqliteKnowledgeBase(absolute, dataSource.getConnection(), clock);
    } catch (SQLException e) {
      throw new StoreException("could not open " + absolute + ": " + e.getMessage(), e);
    }
  }

  /** The database file, as an absolute path. */
  public Path file() {
    return file;
  }

  @Override
  public StoreOutcome store(CleanArticle article, ArticleRecords records) {
    requireOpen();
    return writer.store(article, records);
  }

  @Override
  public List<ArticleRecords> records() {
    requireOpen();
    return loader.records();
  }

  @Override
  public List<CleanArticle> articles() {
    requireOpen();
    return loader.all();
  }

  @Override
  public int articleCount() {
    requireOpen();
    return loader.count();
  }

  /** Closes the connection; closing twice does nothing. */
  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("could not close " + file + ": " + e.getMessage(), e);
    }
  }

  private void requireOpen() {
    try {
      if (connection.isClosed()) {
        throw new IllegalStateException("knowledge base " + file + " is closed");
      }
    } catch (SQLException e) {
      throw new StoreException("could not use " + file + ": " + e.getMessage(), e);
    }
  }

  private static void createParents(Path file) {
    Path parent = file.getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the folder of " + file, e);
    }
  }

  /** Every connection, Flyway's included, gets the same settings. */
  private static SQLiteDataSource dataSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    return dataSource;
  }
}
