package dev.dyad.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.EntityMention;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.Line;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.TimeMention;
import dev.dyad.core.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TextAnnotator with the real CoreNLP models, loaded once for the class. */
class TextAnnotatorIT {
  /** A Monday. */
  private static final String DOC = "2023-12-11";

  private static TextAnnotator annotator;

  @BeforeAll
  static void load() {
    annotator = TextAnnotator.load();
  }

  private static List<String> times(String published, String text) {
    return annotator.annotate(Articles.body(published, text)).sentences().stream()
        .flatMap(s -> s.times().stream()).map(TextAnnotatorIT::render).toList();
  }

  private static String render(TimeMention t) {
    return t.text() + "=" + t.kind() + " "
        + (t.isResolved() ? t.from().get() + t.to().map(x -> "/" + x).orElse("") : t.value());
  }

  @Test
  void mapsEveryOffsetBackPastAMetadataPrefixAndSkipsUnreadableLines() {
    String text = " date 2023-12-11 Prime Minister Roman Petrov of Freedonia arrived in Vilnius "
        + "on Sunday. He will meet the president on Tuesday.\r\n"
        + "Photo: Anna Berg / Baltic Wire, December 9\n"
        + "The two sides signed three agreements on 3-5 March 2020 in Kaunas.";
    Article a = new Article("a", "test:a", Optional.empty(), PartialDate.parse(DOC), text);
    List<Line> lines = a.lines();
    int prefix = " date 2023-12-11 ".length();
    CleanArticle clean = new CleanArticle(a, List.of(
        new LabelledLine(lines.get(0), LineLabel.BODY, lines.get(0).start() + prefix, 0),
        new LabelledLine(lines.get(1), LineLabel.CREDIT, lines.get(1).start(), 0),
        new LabelledLine(lines.get(2), LineLabel.BODY, lines.get(2).start(), 0)));

    AnnotatedArticle out = annotator.annotate(clean);

    assertThat(out.sentences()).extracting(Sentence::lineNumber).containsExactly(1, 1, 3);
    assertThat(out.sentences().get(0).text()).startsWith("Prime Minister");
    for (Sentence s : out.sentences()) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
        assertThat(t.start()).isGreaterThanOrEqualTo(s.start());
        assertThat(t.end()).isLessThanOrEqualTo(s.end());
      }
      for (EntityMention m : s.entities()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
      for (TimeMention m : s.times()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    assertThat(out.sentences()).flatExtracting(Sentence::tokens).extracting(Token::word)
        .doesNotContain("date", "Photo", "Berg");
    assertThat(out.sentences()).flatExtracting(Sentence::times).extracting(TextAnnotatorIT::render)
        .containsExactly("Sunday=POINT 2023-12-10", "Tuesday=POINT 2023-12-12",
            "3-5 March 2020=RANGE 2020-03-03/2020-03-05");
  }

  @Test
  void annotatesNothingWhenNoLineIsReadable() {
    Article a = new Article("b", "test:b", Optional.empty(), Optional.empty(), "Share on X\n");
    CleanArticle clean = new CleanArticle(a,
        List.of(new LabelledLine(a.lines().get(0), LineLabel.BOILERPLATE, 0, 0)));
    assertThat(annotator.annotate(clean).sentences()).isEmpty();
  }

  @Test
  void findsPeopleInTitledRussianOrderAndInitialForms() {
    AnnotatedArticle out = annotator.annotate(Articles.body(DOC,
        "Prime Minister Roman Petrov of Freedonia received Ivanov Pyotr Sergeyevich and S. Petrov."));
    assertThat(out.sentences().get(0).entities())
        .extracting(m -> m.type() + ":" + m.text())
        .contains("PERSON:Roman Petrov", "LOCATION:Freedonia", "PERSON:Ivanov Pyotr Sergeyevich",
            "PERSON:S. Petrov")
        .noneMatch(s -> s.startsWith("PERSON:He"));
    assertThat(out.sentences().get(0).tokens()).filteredOn(t -> t.word().equals("received"))
        .singleElement().satisfies(t -> {
          assertThat(t.lemma()).isEqualTo("receive");
          assertThat(t.pos()).isEqualTo("VBD");
          assertThat(t.ner()).isEqualTo("O");
        });
  }

  @Test
  void readsDayRanges() {
    assertThat(times(DOC, "The delegation toured Hue from March 3-5 and met the governor."))
        .containsExactly("March 3-5=RANGE 2023-03-03/2023-03-05");
    assertThat(times(DOC, "Talks were held on 3-5 March 2020 in Lusaka."))
        .containsExactly("3-5 March 2020=RANGE 2020-03-03/2020-03-05");
    assertThat(times(DOC, "Deputy ministers met on 20-21 February in Riga."))
        .containsExactly("20-21 February=RANGE 2023-02-20/2023-02-21");
    assertThat(times(DOC, "The business forum will take place on May 11-12 in Dakar."))
        .containsExactly("May 11-12=RANGE 2024-05-11/2024-05-12");
    assertThat(times(DOC, "The summit was held on April 23-24."))
        .containsExactly("April 23-24=RANGE 2023-04-23/2023-04-24");
    assertThat(times(DOC, "The joint board met from 22 to 23 November 2019 in Tartu."))
        .containsExactly("22 to 23 November 2019=RANGE 2019-11-22/2019-11-23");
    assertThat(times(DOC, "The leaders met on 28 and 29 November 2024 in Porto."))
        .containsExactly("28 and 29 November 2024=RANGE 2024-11-28/2024-11-29");
  }

  @Test
  void doesNotReadOrdinalsOfMeetingsAsDates() {
    assertThat(times(DOC, "The commission held its 9th session in Bergen, the 16th session since"
        + " 1992, after the 4th political consultation.")).containsExactly("1992=POINT 1992");
  }

  @Test
  void readsPeriods() {
    assertThat(times(DOC, "Trade grew 9 percent in January-June."))
        .containsExactly("January-June=PERIOD 2023-01/2023-06");
    assertThat(times(DOC, "Exports rose between January and October 2024."))
        .containsExactly("between January and October 2024=PERIOD 2024-01/2024-10");
    assertThat(times(DOC, "Trade reached 2 billion dollars in the first nine months of this year."))
        .containsExactly("the first nine months of this year=PERIOD 2023-01/2023-09");
    assertThat(times(DOC, "Trade reached 2 billion dollars in the first eight months of the current year."))
        .containsExactly("the first eight months of the current year=PERIOD 2023-01/2023-08");
    assertThat(times(DOC, "Imports fell in the second half of the year."))
        .containsExactly("the second half of the year=PERIOD 2023-07/2023-12");
    assertThat(times(DOC, "Trade doubled last year.")).containsExactly("last year=PERIOD 2022");
  }

  @Test
  void resolvesWeekdaysByTense() {
    assertThat(times(DOC, "The premier arrived in Quito on Sunday evening and will meet the"
        + " president on Tuesday."))
        .containsExactly("Sunday evening=POINT 2023-12-10", "Tuesday=POINT 2023-12-12");
    assertThat(times(DOC, "The minister said on Thursday that she is expected to visit Tunis on Friday."))
        .containsExactly("Thursday=POINT 2023-12-07", "Friday=POINT 2023-12-15");
  }

  @Test
  void resolvesDayWordsDatelinesAndMonthDays() {
    assertThat(times(DOC, "He met the envoy today. He called her yesterday. They meet again tomorrow."))
        .containsExactly("today=POINT 2023-12-11", "yesterday=POINT 2023-12-10",
            "tomorrow=POINT 2023-12-12");
    assertThat(times("2024-12-17", "OSLO (Dec 16) - The ministers met.")).containsExactly("Dec 16=POINT 2024-12-16");
    assertThat(times("2024-01-05", "The accord was signed on December 28."))
        .containsExactly("December 28=POINT 2023-12-28");
    assertThat(times(DOC, "They will meet on January 5.")).containsExactly("January 5=POINT 2024-01-05");
    assertThat(times(DOC, "The treaty was signed in December 2023. Ties were set up in 1957."))
        .containsExactly("December 2023=POINT 2023-12", "1957=POINT 1957");
  }

  @Test
  void leavesYearlessDatesUnresolvedWithoutAPublicationDate() {
    CleanArticle a = Articles.body("n", Optional.empty(),
        "The accord was signed on December 8. Ties were set up in 1957 and renewed in March 2019.");
    assertThat(annotator.annotate(a).sentences()).flatExtracting(Sentence::times)
        .extracting(TextAnnotatorIT::render)
        .containsExactly("December 8=RELATIVE_UNRESOLVED XXXX-12-08", "1957=POINT 1957",
            "March 2019=POINT 2019-03");
  }

  @Test
  void givesTheSameResultFromConcurrentCalls() throws Exception {
    List<CleanArticle> inputs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      inputs.add(Articles.body(DOC, "Minister Lena Holm of Norland visited Tallinn on Sunday "
          + "and will meet the premier on " + (i % 2 == 0 ? "Tuesday" : "Friday") + ".\n\n"
          + "Trade rose " + i + " percent in the first nine months of this year."));
    }
    List<AnnotatedArticle> sequential = inputs.stream().map(annotator::annotate).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedArticle>> futures = new ArrayList<>();
      for (CleanArticle in : inputs) {
        futures.add(pool.submit(() -> annotator.annotate(in)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }
}
