package dev.dyad.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.kb.KnowledgeBase.StoreOutcome;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.Line;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.PartialDate;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens a real SQLite file, a fresh one in a temporary folder for each test. */
class SqliteKnowledgeBaseTest {

  private static final String SIGNING = """
      Vietnam, Belarus sign trade protocol
       date 2023-12-09 
      Hanoi (VNA) - Vietnam and Belarus signed a protocol on trade on Friday.

      VNA
      Hanoi (VNA) - Vietnam and Belarus signed a protocol on trade on Friday.
      """;

  private static final String VISIT = """
      Belarusian Prime Minister visits Hanoi
      Prime Minister Roman Golovchenko arrived in Hanoi on Sunday.
      """;

  @TempDir Path folder;

  private Path file;
  private SqliteKnowledgeBase kb;

  @BeforeEach
  void openFreshFile() {
    file = folder.resolve("kb.sqlite");
    kb = SqliteKnowledgeBase.open(file);
  }

  @AfterEach
  void closeFile() {
    kb.close();
  }

  @Test
  void readsBackWhatItStored() {
    CleanArticle signing = signing("a1", SIGNING);
    CleanArticle untitled = clean(new Article("a2", "feed", Optional.empty(), Optional.empty(),
        VISIT));

    assertThat(kb.store(signing)).isEqualTo(StoreOutcome.STORED);
    assertThat(kb.store(untitled)).isEqualTo(StoreOutcome.STORED);

    assertThat(kb.articles()).containsExactly(signing, untitled);
    assertThat(kb.articleCount()).isEqualTo(2);
  }

  @Test
  void storingTheSameArticleTwiceChangesNothing() {
    kb.store(signing("a1", SIGNING));

    assertThat(kb.store(signing("a1", SIGNING))).isEqualTo(StoreOutcome.UNCHANGED);
    assertThat(kb.articleCount()).isEqualTo(1);
  }

  @Test
  void storesTheSameTextUnderAnotherIdOnce() {
    kb.store(signing("from-feed", SIGNING));

    assertThat(kb.store(signing("from-crawl", SIGNING))).isEqualTo(StoreOutcome.UNCHANGED);
    assertThat(kb.articles()).extracting(a -> a.article().id()).containsExactly("from-feed");
  }

  @Test
  void replacesAnArticleWhoseTextChanged() {
    kb.store(signing("a1", SIGNING));
    CleanArticle corrected = clean(article("a1", VISIT));

    assertThat(kb.store(corrected)).isEqualTo(StoreOutcome.REPLACED);
    assertThat(kb.articles()).containsExactly(corrected);
  }

  @Test
  void listsArticlesOrderedById() {
    kb.store(clean(article("b", VISIT)));
    kb.store(signing("a", SIGNING));

    assertThat(kb.articles()).extracting(a -> a.article().id()).containsExactly("a", "b");
  }

  @Test
  void keepsArticlesAfterReopening() {
    CleanArticle signing = signing("a1", SIGNING);
    kb.store(signing);
    kb.close();

    kb = SqliteKnowledgeBase.open(file);

    assertThat(kb.articles()).containsExactly(signing);
    assertThat(kb.store(signing)).isEqualTo(StoreOutcome.UNCHANGED);
  }

  @Test
  void appliesEachMigrationOnceAcrossReopenings() throws SQLException {
    List<String> applied = appliedMigrations();
    kb.close();

    kb = SqliteKnowledgeBase.open(file);

    assertThat(applied).extracting(row -> row.substring(0, row.indexOf('@')))
        .containsExactly("1:articles", "2:article lines", "3:article records");
    assertThat(appliedMigrations()).isEqualTo(applied);
  }

  @Test
  void rollsBackAnArticleThatFailsMidway() {
    CleanArticle first = signing("a1", SIGNING);
    kb.store(first);
    // Line 1 twice: the article row goes in, then the second line breaks the primary key.
    CleanArticle broken = withFirstLineTwice(clean(article("a2", VISIT)));

    assertThatThrownBy(() -> kb.store(broken))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("article a2");

    assertThat(kb.articles()).containsExactly(first);
    assertThat(kb.store(clean(article("a2", VISIT)))).isEqualTo(StoreOutcome.STORED);
  }

  @Test
  void keepsTheOldVersionWhenAReplacementFails() {
    CleanArticle original = signing("a1", SIGNING);
    kb.store(original);

    assertThatThrownBy(() -> kb.store(withFirstLineTwice(clean(article("a1", VISIT)))))
        .isInstanceOf(StoreException.class);

    assertThat(kb.articles()).containsExactly(original);
  }

  @Test
  void refusesLabelsForLinesNotInTheText() {
    Article article = article("a1", VISIT);
    Line foreign = new Line(1, 0, 5, "Other");
    CleanArticle mismatched =
        new CleanArticle(article, List.of(new LabelledLine(foreign, LineLabel.TITLE, 0, 0)));

    assertThatThrownBy(() -> kb.store(mismatched))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1 of article a1");
    assertThat(kb.articleCount()).isZero();
  }

  @Test
  void createsMissingFoldersAndUsesWal() throws SQLException {
    Path nested = folder.resolve("data/2023/kb.sqlite");
    SqliteKnowledgeBase.open(nested).close();

    assertThat(nested).exists();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + nested);
        Statement statement = raw.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA journal_mode")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo("wal");
    }
  }

  @Test
  void reportsACorruptRowInsteadOfSkippingIt() throws SQLException {
    kb.store(signing("a1", SIGNING));
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = raw.createStatement()) {
      statement.executeUpdate("UPDATE article_line SET label = 'headline' WHERE line_no = 1");
    }

    assertThatThrownBy(() -> kb.articles())
        .isInstanceOf(StoreException.class)
        .hasMessage("article a1 line 1 has an unknown label: headline");
  }

  @Test
  void refusesUseAfterClose() {
    kb.close();

    assertThatThrownBy(() -> kb.articleCount())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  /** Rows of Flyway's history as "version:description@installed_on". */
  private List<String> appliedMigrations() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = raw.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version, description, installed_on"
            + " FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
      while (rows.next()) {
        out.add(rows.getString(1) + ":" + rows.getString(2) + "@" + rows.getString(3));
      }
    }
    return out;
  }

  private static Article article(String id, String text) {
    return new Article(id, "test/" + id + ".txt", Optional.of("Title of " + id),
        Optional.of(PartialDate.ofMonth(2023, 12)), text);
  }

  /** Every line BODY, blank lines BLANK. */
  private static CleanArticle clean(Article article) {
    return new CleanArticle(article, article.lines().stream()
        .map(l -> new LabelledLine(l, l.isBlank() ? LineLabel.BLANK : LineLabel.BODY, l.start(), 0))
        .toList());
  }

  /** SIGNING labelled as a labeler would: a title, a date line, a credit and a repeat. */
  private static CleanArticle signing(String id, String text) {
    Article article = new Article(id, "test/" + id + ".txt", Optional.of("Vietnam, Belarus"),
        Optional.of(PartialDate.of(java.time.LocalDate.of(2023, 12, 9))), text);
    List<Line> lines = article.lines();
    Line date = lines.get(1);
    return new CleanArticle(article, List.of(
        new LabelledLine(lines.get(0), LineLabel.TITLE, lines.get(0).start(), 0),
        new LabelledLine(date, LineLabel.META, date.start() + " date ".length(), 0),
        new LabelledLine(lines.get(2), LineLabel.BODY, lines.get(2).start(), 0),
        new LabelledLine(lines.get(3), LineLabel.BLANK, lines.get(3).start(), 0),
        new LabelledLine(lines.get(4), LineLabel.CREDIT, lines.get(4).start(), 0),
        new LabelledLine(lines.get(5), LineLabel.BODY, lines.get(5).start(), 3)));
  }

  private static CleanArticle withFirstLineTwice(CleanArticle clean) {
    List<LabelledLine> lines = new ArrayList<>(clean.lines());
    lines.add(lines.get(0));
    return new CleanArticle(clean.article(), lines);
  }

  @Test
  void storesRecordsWithTheArticleAndReadsThemBack() {
    CleanArticle signing = signing("a1", SIGNING);
    dev.dyad.core.model.Event visit = new dev.dyad.core.model.Event(dev.dyad.core.model.EventType.VISIT,
        java.util.Optional.of("official"), List.of("PER", "CHL"), java.util.Optional.of("CHL"), java.util.Optional.of("PER"),
        List.of(new dev.dyad.core.model.Participant("Ana Ruiz", java.util.Optional.of("CHL"), java.util.Optional.of("Foreign Minister"))),
        dev.dyad.core.model.PartialDate.parse("2025-03"), java.util.Optional.empty(),
        java.util.Optional.of(dev.dyad.core.model.Place.country("PER")), dev.dyad.core.model.EventStatus.OCCURRED,
        java.util.Optional.empty(), java.util.Optional.of(3), java.util.Optional.of("Santiago II Action Plan"),
        List.of(new dev.dyad.core.model.Evidence(signing.article().id(), 0, 4, signing.article().text().substring(0, 4))));
    dev.dyad.core.model.ArticleRecords records = new dev.dyad.core.model.ArticleRecords(
        signing.article().id(), List.of(visit), List.of());
    SqliteKnowledgeBase other = SqliteKnowledgeBase.open(folder.resolve("records.db"));
    try {
      other.store(signing, records);
      assertThat(other.records()).containsExactly(records);
    } finally {
      other.close();
    }
  }
}
