package dev.dyad.store.sqlite;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.pattern.ValidatePattern;

/**
 * The schema of the knowledge base: applies the versioned SQL files in {@value #LOCATION} that a
 * database has not seen yet, with Flyway, which records each in {@code flyway_schema_history}.
 */
final class SchemaMigrations {

  static final String LOCATION = "classpath:db/migration";

  private SchemaMigrations() {}

  /**
   * Brings the database up to the newest schema.
   *
   * @return how many migrations ran (0 when the database was already up to date)
   * @throws StoreException when a migration fails, or the database has a migration this build
   *     does not know (a newer Dyad wrote it) or one whose file changed since it was applied
   */
  static int migrate(DataSource dataSource, String description) {
    try {
      return Flyway.configure(SchemaMigrations.class.getClassLoader())
          .dataSource(dataSource)
          .locations(LOCATION)
          .failOnMissingLocations(true)
          .validateMigrationNaming(true)
          // Flyway ignores applied migrations it has no file for ("*:future") by default; an
          // older Dyad writing into a schema it does not know could corrupt it, so refuse.
          .ignoreMigrationPatterns(new ValidatePattern[0])
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException("could not bring the schema of " + description + " up to date: "
          + e.getMessage(), e);
    }
  }
}
