package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticleReaderTest {

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Ministry news</title>
          <link>https://mfa.example.org/</link>
          <item>
            <title>Foreign Minister receives Ghanaian counterpart</title>
            <link>https://mfa.example.org/news/1</link>
            <guid>https://mfa.example.org/news/1</guid>
            <pubDate>Tue, 08 Jul 2025 09:30:00 +0000</pubDate>
            <description>Short teaser.</description>
            <content:encoded><![CDATA[<p>Togolese Foreign Minister Yao Agbeko received Ghanaian Foreign Minister Kofi Mensah in Lome on Monday.</p><p>They discussed trade.</p>]]></content:encoded>
          </item>
          <item>
            <title>Empty item</title>
            <link>https://mfa.example.org/news/2</link>
          </item>
          <item>
            <title>Call with Benin</title>
            <link>https://mfa.example.org/news/3</link>
            <description>&lt;p&gt;The minister held a phone call with his Beninese counterpart.&lt;/p&gt;</description>
          </item>
        </channel>
      </rss>
      """;

  private static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Embassy news</title>
        <id>urn:example:embassy</id>
        <updated>2025-07-09T08:00:00Z</updated>
        <entry>
          <title>Ambassador pays courtesy call</title>
          <id>urn:example:embassy:42</id>
          <link href="https://embassy.example.org/42"/>
          <published>2025-07-09T07:00:00+02:00</published>
          <updated>2025-07-09T08:00:00Z</updated>
          <content type="html">&lt;p&gt;The Ambassador paid a courtesy call on the Minister of Trade.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  private final FeedArticleReader reader = new FeedArticleReader();

  private static SourceText source(String name, String text) {
    return new SourceText("in/" + name, name, text);
  }

  @Test
  void readsEachRssItemWithItsFullContentTitleLinkAndDate() {
    ReadResult result = reader.read(source("mfa.rss", RSS));

    assertThat(result.articles()).hasSize(2);
    Article first = result.articles().get(0);
    assertThat(first.title()).contains("Foreign Minister receives Ghanaian counterpart");
    assertThat(first.source()).isEqualTo("https://mfa.example.org/news/1");
    assertThat(first.published()).contains(new PartialDate(2025, 7, 8));
    assertThat(first.text()).startsWith("Foreign Minister receives Ghanaian counterpart\n\n")
        .contains("Togolese Foreign Minister Yao Agbeko received").contains("They discussed trade.")
        .doesNotContain("<p>").doesNotContain("Short teaser");
    assertThat(result.articles().get(1).text()).contains("phone call with his Beninese counterpart").doesNotContain("&lt;");
    assertThat(result.articles().get(1).published()).isEmpty();
    assertThat(result.problems()).singleElement().hasToString("in/mfa.rss: item 2: no text in the feed item");
  }

  @Test
  void readsAtomEntriesDatedInUtc() {
    ReadResult result = reader.read(source("embassy.atom", ATOM));

    Article entry = result.articles().get(0);
    assertThat(entry.source()).isEqualTo("https://embassy.example.org/42");
    assertThat(entry.published()).contains(new PartialDate(2025, 7, 9));
    assertThat(entry.text()).contains("paid a courtesy call on the Minister of Trade");
  }

  @Test
  void givesAnItemTheSameIdEveryTimeTheFeedIsRead() {
    assertThat(reader.read(source("mfa.rss", RSS)).articles()).extracting(Article::id)
        .isEqualTo(reader.read(source("mfa.rss", RSS)).articles().stream().map(Article::id).toList())
        .allMatch(id -> id.matches("mfa-[0-9a-f]{12}"))
        .doesNotHaveDuplicates();
  }

  @Test
  void aBrokenFeedIsOneProblem() {
    ReadResult result = reader.read(source("broken.rss", "<rss version=\"2.0\"><channel><item><title>cut"));

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems()).singleElement().asString().startsWith("in/broken.rss: not a readable RSS or Atom feed (");
  }

  @Test
  void feedsAreReadAsFeedsNotAsHtml(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("news.xml");
    Files.writeString(file, RSS);

    SourceResult read = new ArticleSources().read(file);

    assertThat(read.result().articles()).hasSize(2);
  }
}
