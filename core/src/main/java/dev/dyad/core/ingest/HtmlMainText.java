package dev.dyad.core.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of an HTML page as plain text: one block per paragraph, heading, list item or
 * caption, blocks joined by a blank line, {@code <br>} kept as a line break.
 *
 * <p>First drops what is never article text: scripts, styles, forms, {@code nav}, {@code footer},
 * {@code aside}, page headers (a {@code header} inside an {@code article} stays: it holds the
 * headline), and widgets whose class or id mentions share, social, related, comment, newsletter,
 * subscribe or cookie. Then reads the {@code <article>} with the most paragraph text, else the
 * {@code [itemprop=articleBody]} element, else the element whose own paragraphs hold the most
 * text, else the body. Captions stay: a signing may be known only from its photo's caption.
 */
final class HtmlMainText {

  private static final String NEVER_TEXT =
      "script, style, noscript, template, nav, footer, aside, form, iframe, svg, canvas, button,"
          + " input, select, textarea, object, embed, [hidden]";

  private static final Pattern WIDGET =
      Pattern.compile("(?i)share|social|related|comment|newsletter|subscribe|cookie");

  /** Elements never dropped as widgets, whatever their class says ("post has-comments"). */
  private static final Set<String> KEPT = Set.of("html", "body", "main", "article");

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div",
          "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
          "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
          "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n\\u00A0]+");

  private HtmlMainText() {}

  /** The page's main text; empty when none is found. The document is not changed. */
  static String extract(Document page) {
    Document doc = page.clone();
    doc.select(NEVER_TEXT).remove();
    for (Element header : doc.select("header")) {
      if (header.closest("article") == null) {
        header.remove();
      }
    }
    for (Element e : doc.getAllElements()) {
      if (isWidget(e)) {
        e.remove();
      }
    }
    return blockText(mainElement(doc));
  }

  private static boolean isWidget(Element e) {
    if (KEPT.contains(e.normalName()) || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    return WIDGET.matcher(e.className()).find() || WIDGET.matcher(e.id()).find();
  }

  private static Element mainElement(Document doc) {
    Elements articles = doc.select("article");
    if (!articles.isEmpty()) {
      Element best = articles.first();
      for (Element a : articles) {
        if (paragraphText(a) > paragraphText(best)) {
          best = a;
        }
      }
      if (!best.text().isBlank()) {
        return best;
      }
    }
    Element body = doc.selectFirst("[itemprop=articleBody]");
    if (body != null && !body.text().isBlank()) {
      return body;
    }
    Map<Element, Integer> byParent = new HashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        byParent.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return byParent.entrySet().stream()
        .filter(en -> en.getValue() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(doc.body());
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static String blockText(Element root) {
    BlockCollector collector = new BlockCollector();
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return String.join("\n\n", collector.blocks);
  }

  /** Collects text into blocks, starting a new block at every block element's start and end. */
  private static final class BlockCollector implements NodeVisitor {
    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        boolean pre = t.parent() != null && t.parent().closest("pre") != null;
        current.append(pre ? t.getWholeText() : t.getWholeText().replace('\n', ' '));
      } else if (node instanceof Element e) {
        if (e.normalName().equals("br")) {
          current.append('\n');
        } else if (BLOCKS.contains(e.normalName())) {
          flush();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush();
      }
    }

    void flush() {
      List<String> lines = new ArrayList<>();
      for (String line : current.toString().split("\n")) {
        String clean = SPACES.matcher(line).replaceAll(" ").strip();
        if (!clean.isEmpty()) {
          lines.add(clean);
        }
      }
      if (!lines.isEmpty()) {
        blocks.add(String.join("\n", lines));
      }
      current.setLength(0);
    }
  }
}
