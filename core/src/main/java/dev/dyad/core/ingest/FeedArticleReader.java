package dev.dyad.core.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Problem;
import dev.dyad.core.model.ReadResult;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * The reader for news feeds (RSS 0.9x–2.0, RSS 1.0/RDF and Atom, parsed by ROME): one article
 * per item, with its title, publication date (else its update date) and text, the item's full
 * content where the feed carries it ({@code content:encoded}, Atom {@code content}), else its
 * description; HTML in either is reduced to its text by {@link HtmlMainText}.
 *
 * <p>An item's id is stable across fetches of the feed: {@code <feed base name>-<12 hex digits of
 * its guid or link>}, so reading the same feed twice stores nothing new. An item with no text is
 * a problem naming it; the other items are still read. A feed ROME cannot parse is one problem.
 */
public final class FeedArticleReader implements ArticleReader {

  private static final int SNIFF_CHARS = 2048;

  @Override
  public String format() {
    return "feed";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("rss", "atom", "xml");
  }

  /** Accepts XML whose root, near the top, is {@code <rss}, {@code <feed} or {@code <rdf:RDF}. */
  @Override
  public boolean accepts(SourceText source) {
    String head = source.text().substring(0, Math.min(source.text().length(), SNIFF_CHARS)).toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  @Override
  public ReadResult read(SourceText source) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from the web
      feed = input.build(new StringReader(source.text()));
    } catch (FeedException | IllegalArgumentException e) {
      return new ReadResult(List.of(), List.of(Problem.of(source.location(), "not a readable RSS or Atom feed (" + e.getMessage() + ")")));
    }
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int number = 0;
    for (SyndEntry entry : feed.getEntries()) {
      number++;
      String key = Optional.ofNullable(entry.getUri()).filter(s -> !s.isBlank())
          .or(() -> Optional.ofNullable(entry.getLink()).filter(s -> !s.isBlank()))
          .orElse(source.location() + "#" + number);
      String where = source.location() + ": item " + number;
      String text = text(entry);
      if (text.isBlank()) {
        problems.add(Problem.of(where, "no text in the feed item"));
        continue;
      }
      String id = StableIds.of(source.baseName(), key);
      if (!ids.add(id)) {
        problems.add(Problem.of(where, "repeats the item " + key));
        continue;
      }
      Optional<String> title = Optional.ofNullable(entry.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
      String body = title.map(t -> t + "\n\n").orElse("") + text;
      String link = Optional.ofNullable(entry.getLink()).filter(s -> !s.isBlank()).orElse(where);
      articles.add(new Article(id, link, title, date(entry), body));
    }
    return new ReadResult(articles, problems);
  }

  private static String text(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      String t = plain(c);
      if (!t.isBlank()) {
        return t;
      }
    }
    return entry.getDescription() == null ? "" : plain(entry.getDescription());
  }

  private static String plain(SyndContent c) {
    String value = c.getValue() == null ? "" : c.getValue();
    String type = c.getType() == null ? "text/html" : c.getType().toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      String text = HtmlMainText.extract(Jsoup.parse(value));
      return text.isBlank() ? Jsoup.parse(value).text() : text;
    }
    return value.strip();
  }

  private static Optional<PartialDate> date(SyndEntry entry) {
    Date when = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return Optional.ofNullable(when).map(d -> PartialDate.of(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()));
  }
}
