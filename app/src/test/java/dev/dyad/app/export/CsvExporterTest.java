package dev.dyad.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.OfficeHolding;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Place;
import dev.dyad.core.model.Statistic;
import dev.dyad.core.resolve.FactMergers;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export of a hand-built knowledge base, read back with commons-csv. */
class CsvExporterTest {
  private static final String TEXT = "Minsk, 6 December\nThe Prime Minister said: \"We agree, fully\".\r\nNew line";
  private static final String A = "001_31b43478074ef7e9";
  /** A quote with a comma, double quotes and a CRLF line break inside: every RFC 4180 escape at once. */
  private static final Evidence QUOTE = new Evidence(A, 18, TEXT.length(), TEXT.substring(18));
  private static final Evidence FIRST_LINE = new Evidence(A, 0, 17, TEXT.substring(0, 17));

  @TempDir
  Path dir;

  @Test
  void writesOneFileWithAHeaderPerRecordKind() throws IOException {
    List<Path> files = new CsvExporter().write(knowledge(), dir);

    assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("articles.csv", "events.csv",
        "event_participants.csv", "people.csv", "mechanisms.csv", "agreements.csv", "statistics.csv",
        "claims.csv", "evidence.csv");
    assertThat(header("events.csv")).startsWith("id", "type", "subtype", "countries");
    assertThat(header("evidence.csv")).containsExactly("record", "article", "start", "end", "text");
  }

  @Test
  void evidenceTextWithQuotesCommasAndLineBreaksRoundTrips() throws IOException {
    new CsvExporter().write(knowledge(), dir);

    List<CSVRecord> evidence = read("evidence.csv");
    assertThat(evidence).extracting(r -> r.get("record")).containsExactly("e1", "e1", "p1", "m1", "a1", "s1", "c1", "c1");
    CSVRecord quote = evidence.get(1);
    assertThat(quote.get("text")).isEqualTo(TEXT.substring(18)).contains(",", "\"", "\r\n");
    assertThat(quote.get("article")).isEqualTo(A);
    assertThat(Integer.parseInt(quote.get("start"))).isEqualTo(18);
    assertThat(Integer.parseInt(quote.get("end"))).isEqualTo(TEXT.length());
  }

  @Test
  void idsMatchThoseOfTheJsonExport() throws IOException {
    new CsvExporter().write(knowledge(), dir);

    CSVRecord event = read("events.csv").get(0);
    assertThat(event.get("id")).isEqualTo("e1");
    assertThat(event.get("mechanism")).isEqualTo("m1");
    assertThat(read("mechanisms.csv").get(0).get("sessions")).isEqualTo("e1");
    assertThat(read("agreements.csv").get(0).get("id")).isEqualTo("a1");
    assertThat(read("event_participants.csv")).extracting(r -> r.get("event") + " " + r.get("name"))
        .containsExactly("e1 Roman Golovchenko", "e1 Pham Minh Chinh");
  }

  @Test
  void missingValuesAreEmptyCellsAndListsAreJoined() throws IOException {
    new CsvExporter().write(knowledge(), dir);

    CSVRecord event = read("events.csv").get(0);
    assertThat(event.get("countries")).isEqualTo("BLR; VNM");
    assertThat(event.get("end")).isEmpty();
    assertThat(event.get("place_city")).isEqualTo("Hanoi");
    assertThat(event.get("ordinal")).isEmpty();
    CSVRecord article = read("articles.csv").get(0);
    assertThat(article.get("published")).isEqualTo("2023-12");
    assertThat(article.get("meta_lines")).isEqualTo("1");
    assertThat(article.get("teaser_lines")).isEqualTo("3");
    assertThat(read("people.csv").get(0).get("offices")).isEqualTo("Prime Minister (2023-12); former Minister (2019)");
  }

  @Test
  void statisticValuesAreWrittenInPlainNotation() throws IOException {
    new CsvExporter().write(knowledge(), dir);

    assertThat(read("statistics.csv").get(0).get("value")).isEqualTo("114000000");
  }

  @Test
  void conflictingClaimsGiveOneRowPerValueMarkedAsConflict() throws IOException {
    new CsvExporter().write(knowledge(), dir);

    assertThat(read("claims.csv")).extracting(r -> r.get("id") + " " + r.get("value") + " " + r.get("conflict"))
        .containsExactly("c1 more than 90 true", "c1 about 50 true");
  }

  @Test
  void filesAreUtf8WithoutByteOrderMark() throws IOException {
    new CsvExporter().write(knowledge(), dir);

    byte[] bytes = Files.readAllBytes(dir.resolve("people.csv"));
    assertThat(bytes[0]).isEqualTo((byte) 'i');
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Phạm Minh Chính");
  }

  private List<String> header(String file) throws IOException {
    try (Reader r = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.parse(r)) {
      return p.getRecords().get(0).toList();
    }
  }

  private List<CSVRecord> read(String file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
        CSVParser p = format.parse(r)) {
      return p.getRecords();
    }
  }

  private static ResolvedKnowledge knowledge() {
    Article article = new Article(A, "samples/" + A + ".txt", Optional.empty(),
        Optional.of(PartialDate.ofMonth(2023, 12)), TEXT);
    List<LabelledLine> lines = List.of(
        new LabelledLine(article.lines().get(0), LineLabel.META, 0, 0),
        new LabelledLine(article.lines().get(1), LineLabel.BODY, 18, 0),
        new LabelledLine(article.lines().get(2), LineLabel.TEASER, article.lines().get(2).start(), 0));
    Event visit = new Event(EventType.VISIT, Optional.of("official"), List.of("VNM", "BLR"), Optional.of("BLR"),
        Optional.of("VNM"),
        List.of(new Participant("Roman Golovchenko", Optional.of("BLR"), Optional.of("Prime Minister")),
            new Participant("Pham Minh Chinh", Optional.of("VNM"), Optional.empty())),
        Optional.of(PartialDate.of(java.time.LocalDate.of(2023, 12, 6))), Optional.empty(),
        Optional.of(new Place(Optional.of("Hanoi"), Optional.of("VNM"))), EventStatus.OCCURRED, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(FIRST_LINE, QUOTE));
    Person chinh = new Person("Phạm Minh Chính", List.of("Pham Minh Chinh"), Optional.of("VNM"),
        List.of(new OfficeHolding("Prime Minister", Optional.of(PartialDate.ofMonth(2023, 12)), false),
            new OfficeHolding("Minister", Optional.of(PartialDate.ofYear(2019)), true)),
        List.of(QUOTE));
    Mechanism committee = new Mechanism("Intergovernmental Committee", List.of("BLR", "VNM"), Optional.empty(),
        List.of(QUOTE));
    Agreement plan = new Agreement("plan of cooperation, 2024-2026", Optional.of("plan"), List.of("BLR", "VNM"),
        List.of(), Optional.of(PartialDate.ofYear(2023)), Optional.empty(), List.of(QUOTE));
    Statistic trade = new Statistic("trade_turnover", List.of("BLR", "VNM"), 1.14e8, "USD", "2022", List.of(QUOTE));
    FactMergers.ClaimGroup instruments = new FactMergers.ClaimGroup("legal_instruments_count", List.of("BLR", "VNM"),
        List.of(new Claim("legal_instruments_count", List.of("BLR", "VNM"), "more than 90",
                Optional.of(PartialDate.ofMonth(2023, 12)), List.of(QUOTE)),
            new Claim("legal_instruments_count", List.of("BLR", "VNM"), "about 50",
                Optional.of(PartialDate.ofMonth(2025, 5)), List.of(FIRST_LINE))));
    return new ResolvedKnowledge(List.of(new CleanArticle(article, lines)), List.of(visit), List.of(chinh),
        List.of(committee), Map.of(0, 0), List.of(plan), List.of(trade), List.of(instruments));
  }
}
