package dev.dyad.store.sqlite;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.Line;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.PartialDate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the knowledge base: rebuilds stored articles as {@link CleanArticle}s, their
 * lines recomputed from the stored text and their labels taken from {@code article_line}.
 *
 * <p>A row that this code could not have written (an unknown label, an unparsable date, a line
 * number past the end of the text, a content start outside its line) is a corrupt file and fails
 * with a {@link StoreException} naming the article, rather than being skipped.
 */
final class ArticleLoader {

  private final Connection connection;
  private final RecordsCodec codec = new RecordsCodec();

  ArticleLoader(Connection connection) {
    this.connection = connection;
  }

  /** The stored records of every article, ordered by article id. */
  List<ArticleRecords> records() {
    List<ArticleRecords> out = new java.util.ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT records FROM article_records ORDER BY article_id")) {
      while (rows.next()) {
        out.add(codec.read(rows.getString(1)));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not read records: " + e.getMessage(), e);
    }
  }

  int count() {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM article")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new StoreException("could not count articles: " + e.getMessage(), e);
    }
  }

  /** Every article, ordered by id. */
  List<CleanArticle> all() {
    try (Statement statement = connection.createStatement()) {
      Map<String, List<LineRow>> labels = lineRows(statement);
      List<CleanArticle> out = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(
          "SELECT id, source, title, published, text FROM article ORDER BY id")) {
        while (rows.next()) {
          Article article = article(rows);
          out.add(new CleanArticle(article, labelled(article, labels.getOrDefault(article.id(),
              List.of()))));
        }
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw new StoreException("could not read articles: " + e.getMessage(), e);
    }
  }

  /** One row of {@code article_line}. */
  private record LineRow(int number, String label, int contentStart, int duplicateOf) {}

  private static Map<String, List<LineRow>> lineRows(Statement statement) throws SQLException {
    Map<String, List<LineRow>> out = new HashMap<>();
    try (ResultSet rows = statement.executeQuery("SELECT article_id, line_no, label, content_start,"
        + " duplicate_of FROM article_line ORDER BY article_id, line_no")) {
      while (rows.next()) {
        out.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
            .add(new LineRow(rows.getInt(2), rows.getString(3), rows.getInt(4), rows.getInt(5)));
      }
    }
    return out;
  }

  private static Article article(ResultSet row) throws SQLException {
    String id = row.getString("id");
    String published = row.getString("published");
    Optional<PartialDate> date = PartialDate.parse(published);
    if (published != null && date.isEmpty()) {
      throw new StoreException("article " + id + " has an unreadable published date: "
          + published);
    }
    return new Article(id, row.getString("source"), Optional.ofNullable(row.getString("title")),
        date, row.getString("text"));
  }

  private static List<LabelledLine> labelled(Article article, List<LineRow> rows) {
    List<Line> lines = article.lines();
    List<LabelledLine> out = new ArrayList<>(rows.size());
    for (LineRow row : rows) {
      if (row.number() > lines.size()) {
        throw new StoreException("article " + article.id() + " has a label for line "
            + row.number() + " but its text has " + lines.size() + " lines");
      }
      Line line = lines.get(row.number() - 1);
      if (row.contentStart() < line.start() || row.contentStart() > line.end()) {
        throw new StoreException("article " + article.id() + " line " + row.number()
            + " has its content start " + row.contentStart() + " outside the line");
      }
      out.add(new LabelledLine(line, label(article, row), row.contentStart(), row.duplicateOf()));
    }
    return out;
  }

  private static LineLabel label(Article article, LineRow row) {
    try {
      return LineLabel.valueOf(row.label().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new StoreException("article " + article.id() + " line " + row.number()
          + " has an unknown label: " + row.label(), e);
    }
  }
}
