package dev.dyad.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Runs Flyway on a real SQLite file, a fresh one in a temporary folder for each test. */
class SchemaMigrationsTest {

  @TempDir Path folder;

  @Test
  void appliesEveryMigrationToAFreshFile() {
    assertThat(SchemaMigrations.migrate(dataSource("fresh.sqlite"), "fresh")).isEqualTo(3);
  }

  @Test
  void appliesNothingTheSecondTime() {
    SQLiteDataSource dataSource = dataSource("twice.sqlite");
    SchemaMigrations.migrate(dataSource, "twice");

    assertThat(SchemaMigrations.migrate(dataSource, "twice")).isZero();
  }

  @Test
  void refusesAFileMigratedByANewerBuild() throws SQLException {
    SQLiteDataSource dataSource = dataSource("newer.sqlite");
    SchemaMigrations.migrate(dataSource, "newer");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version,"
          + " description, type, script, checksum, installed_by, execution_time, success)"
          + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test',"
          + " 0, 1)");
    }

    assertThatThrownBy(() -> SchemaMigrations.migrate(dataSource, "newer.sqlite"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("could not bring the schema of newer.sqlite up to date");
  }

  private SQLiteDataSource dataSource(String name) {
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + folder.resolve(name));
    return dataSource;
  }
}
