package dev.dyad.core.ingest;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Problem;
import dev.dyad.core.model.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The reader for HTML pages: one article per page, with its title, publication date and main text.
 *
 * <p>Title: {@code og:title}, else {@code <title>}, else the first {@code <h1>}. Date: see {@link
 * HtmlPublishedDate}. Text: see {@link HtmlMainText}, one block per paragraph, heading or caption,
 * blocks separated by a blank line. Broken HTML is parsed leniently (by jsoup) and still gives an
 * article; a page with no text left after dropping navigation and widgets gives the problem "no
 * article text found in HTML".
 *
 * <p>Unlike plain text, the article's text is not the file's: offsets point into the extracted
 * text, which is what the later stages read.
 */
public final class HtmlArticleReader implements ArticleReader {

  /** How far into the text "<html" or "<!doctype" is looked for. */
  private static final int SNIFF_CHARS = 4096;

  @Override
  public String format() {
    return "html";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("html", "htm", "xhtml");
  }

  /**
   * Accepts text that starts with a tag ({@code <p}, {@code <!--}, {@code <?xml}) or has {@code
   * <html} or {@code <!doctype} near the top; {@code "<<< Breaking"} is not HTML.
   */
  @Override
  public boolean accepts(SourceText source) {
    String text = source.text();
    String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
    String stripped = head.stripLeading();
    if (stripped.startsWith("\uFEFF")) {
      stripped = stripped.substring(1).stripLeading();
    }
    if (stripped.length() > 1 && stripped.charAt(0) == '<' && isTagStart(stripped.charAt(1))) {
      return true;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    return lower.contains("<html") || lower.contains("<!doctype");
  }

  private static boolean isTagStart(char c) {
    return Character.isLetter(c) || c == '!' || c == '?';
  }

  @Override
  public ReadResult read(SourceText source) {
    // A parser per call: jsoup's Parser is thread-safe but not concurrent.
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(source.text(), "", parser);
    List<Problem> problems = new ArrayList<>();
    Optional<String> title = title(doc);
    Optional<PartialDate> published = HtmlPublishedDate.find(doc, source.location(), problems);
    String text = HtmlMainText.extract(doc);
    if (text.isBlank()) {
      problems.add(Problem.of(source.location(), "no article text found in HTML"));
      return new ReadResult(List.of(), problems);
    }
    Article article = new Article(source.baseName(), source.location(), title, published, text);
    return new ReadResult(List.of(article), problems);
  }

  private static Optional<String> title(Document doc) {
    Element og = doc.selectFirst("meta[property=og:title][content]");
    if (og != null && !og.attr("content").isBlank()) {
      return Optional.of(og.attr("content").strip());
    }
    if (!doc.title().isBlank()) {
      return Optional.of(doc.title().strip());
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? Optional.empty() : Optional.of(h1.text().strip());
  }
}
