package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Problem;
import dev.dyad.core.model.ReadResult;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

  private final HtmlArticleReader reader = new HtmlArticleReader();

  private static SourceText page(String html) {
    return new SourceText("in/visit.html", "visit.html", html);
  }

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html><head>
        <title>Visit | Example News</title>
        <meta property="og:title" content="Belarusian PM visits Hanoi">
        <meta property="article:published_time" content="2023-12-09T08:15:00+07:00">
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-12-01"}</script>
        <style>p { color: red }</style>
      </head><body>
        <header class="site"><a href="/">Example News</a></header>
        <nav><a href="/world">World</a> <a href="/asia">Asia</a></nav>
        <article>
          <h1>Belarusian PM visits Hanoi</h1>
          <div class="share-buttons"><a>Facebook</a> <a>Twitter</a></div>
          <p>HANOI – Prime Minister Roman Golovchenko   arrived
             on December 6.</p>
          <figure><img src="a.jpg"><figcaption>The two leaders sign a memorandum.</figcaption></figure>
          <p>Trade reached <b>USD 114 million</b> in 2022.<br>Both sides agreed to meet again.</p>
          <script>track('view');</script>
          <form><input name="email"> Subscribe</form>
        </article>
        <aside><h2>Most read</h2><p>Another story.</p></aside>
        <div id="comments"><p>Great article!</p></div>
        <footer>© Example News</footer>
      </body></html>
      """;

  @Test
  void readsTitleDateAndMainTextWithoutWidgets() {
    ReadResult result = reader.read(page(PAGE));

    assertThat(result.problems()).isEmpty();
    Article article = result.articles().get(0);
    assertThat(article.id()).isEqualTo("visit");
    assertThat(article.title()).contains("Belarusian PM visits Hanoi");
    assertThat(article.published()).contains(new PartialDate(2023, 12, 9));
    assertThat(article.text())
        .isEqualTo(
            """
            Belarusian PM visits Hanoi

            HANOI – Prime Minister Roman Golovchenko arrived on December 6.

            The two leaders sign a memorandum.

            Trade reached USD 114 million in 2022.
            Both sides agreed to meet again.""");
  }

  @Test
  void takesDateFromJsonLdWhenNoMetaOrTime() {
    String html =
        """
        <html><head><title>T</title>
        <script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-03-07T10:00:00Z"}]}</script>
        </head><body><p>Body text.</p></body></html>
        """;

    Article article = reader.read(page(html)).articles().get(0);

    assertThat(article.published()).contains(new PartialDate(2024, 3, 7));
    assertThat(article.title()).contains("T");
  }

  @Test
  void takesDateFromTimeElement() {
    String html =
        "<html><body><article><time datetime=\"18:00\">6 pm</time>"
            + "<time datetime=\"2024-12-17T17:01\">December 17</time><p>Body.</p></article></body></html>";

    Article article = reader.read(page(html)).articles().get(0);

    assertThat(article.published()).contains(new PartialDate(2024, 12, 17));
    assertThat(article.title()).isEmpty();
  }

  @Test
  void unreadableMetaDateIsAProblemAndNextSourceIsUsed() {
    String html =
        """
        <html><head><meta property="article:published_time" content="yesterday"></head>
        <body><time datetime="2024-12-17">Dec 17</time><p>Body.</p></body></html>
        """;

    ReadResult result = reader.read(page(html));

    assertThat(result.articles().get(0).published()).contains(new PartialDate(2024, 12, 17));
    assertThat(result.problems())
        .containsExactly(
            new Problem(
                "in/visit.html",
                1,
                "unreadable date \"yesterday\" in article:published_time (expected YYYY-MM-DD)"));
  }

  @Test
  void titleFallsBackToFirstHeading() {
    Article article =
        reader.read(page("<body><h1>Talks in Minsk</h1><p>Body.</p></body>")).articles().get(0);

    assertThat(article.title()).contains("Talks in Minsk");
  }

  @Test
  void withoutArticleElementReadsElementWithMostParagraphText() {
    String html =
        """
        <html><body>
          <div class="menu"><p>Home</p><p>World</p></div>
          <div class="content">
            <h2>Agreement signed</h2>
            <p>The two ministers signed an agreement on visa exemption.</p>
            <p>It enters into force in 2025.</p>
          </div>
        </body></html>
        """;

    Article article = reader.read(page(html)).articles().get(0);

    assertThat(article.text())
        .isEqualTo(
            "Agreement signed\n\nThe two ministers signed an agreement on visa exemption."
                + "\n\nIt enters into force in 2025.");
  }

  @Test
  void prefersItempropArticleBodyOverLongerTeasers() {
    String html =
        """
        <html><body>
          <div><p>A very long teaser paragraph about something else entirely, much longer than the body.</p></div>
          <div itemprop="articleBody"><p>Short body.</p></div>
        </body></html>
        """;

    assertThat(reader.read(page(html)).articles().get(0).text()).isEqualTo("Short body.");
  }

  @Test
  void malformedHtmlStillGivesText() {
    String html = "<html><body><article><p>First <b>bold <i>part<p>Second part</div></span><p>Third";

    Article article = reader.read(page(html)).articles().get(0);

    assertThat(article.text()).isEqualTo("First bold part\n\nSecond part\n\nThird");
  }

  @Test
  void pageWithoutTextIsAProblem() {
    ReadResult result =
        reader.read(page("<html><head><title>Empty</title></head><body><nav>Home</nav><script>x()</script></body></html>"));

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .containsExactly(Problem.of("in/visit.html", "no article text found in HTML"));
  }

  @Test
  void acceptsHtmlByContent() {
    assertThat(reader.accepts(page("  <div>x</div>"))).isTrue();
    assertThat(reader.accepts(page("Some text\n<!DOCTYPE html><html>"))).isTrue();
    assertThat(reader.accepts(page(" date 2023-12-09 Plain article"))).isFalse();
  }
}
