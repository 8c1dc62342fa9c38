package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LabelledLine;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.model.PartialDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The labelling rules one by one, on pages written for the tests. */
class LineLabelerTest {
  private final LineLabeler labeler = new LineLabeler();

  private static final String PROSE_1 = "Foreign Minister Ana Ruiz of Chile met her Peruvian counterpart in Lima on"
      + " Tuesday to review the border agreement signed last year.";
  private static final String PROSE_2 = "The two ministers agreed to hold the next round of consultations in"
      + " Santiago before the end of the year, officials said.";

  @Test
  void labelsTitleDatelineAndBody() {
    Map<Integer, LineLabel> labels = labels("""
        Chile and Peru review border pact
        March 4, 2025 - 10:15
        %s
        %s""".formatted(PROSE_1, PROSE_2));
    assertThat(labels).containsEntry(1, LineLabel.TITLE).containsEntry(2, LineLabel.META)
        .containsEntry(3, LineLabel.BODY).containsEntry(4, LineLabel.BODY);
  }

  @Test
  void labelsEverythingAfterSeeMoreAsTeasers() {
    Map<Integer, LineLabel> labels = labels("""
        %s
        See more
        Minister opens new trade fair in Quito
        The fair gathers two hundred companies from twelve countries this week, organisers said today.""".formatted(PROSE_1));
    assertThat(labels).containsEntry(2, LineLabel.BOILERPLATE).containsEntry(3, LineLabel.TEASER)
        .containsEntry(4, LineLabel.TEASER);
  }

  @Test
  void labelsInlineLinkToAnotherStoryAsTeaserAndGoesOnWithTheBody() {
    Map<Integer, LineLabel> labels = labels("""
        %s
        RELATED:
        Peru appoints new ambassador to Bolivia
        %s""".formatted(PROSE_1, PROSE_2));
    assertThat(labels).containsEntry(2, LineLabel.BOILERPLATE).containsEntry(3, LineLabel.TEASER)
        .containsEntry(4, LineLabel.BODY);
  }

  @Test
  void labelsCommentWidgetsAndShareBarsAsBoilerplate() {
    Map<Integer, LineLabel> labels = labels("""
        Share | Tweet | Email
        %s
        %s
        Comments
        0
        Leave a Comment""".formatted(PROSE_1, PROSE_2));
    assertThat(labels).containsEntry(1, LineLabel.BOILERPLATE).containsEntry(4, LineLabel.BOILERPLATE)
        .containsEntry(5, LineLabel.BOILERPLATE).containsEntry(6, LineLabel.BOILERPLATE);
  }

  @Test
  void keepsCaptionsAsContentAndDropsImageFileNames() {
    CleanArticle clean = labeler.label(article("""
        %s
        chile-peru-2025.jpg
        Ministers Ana Ruiz (L) and Jorge Paz sign the memorandum in Lima. (Photo: Andina)
        Ministers Ana Ruiz (L) and Jorge Paz sign the memorandum in Lima. (Photo: Andina)
        %s""".formatted(PROSE_1, PROSE_2), Optional.empty()));
    assertThat(clean.labels()).containsEntry(2, LineLabel.BOILERPLATE).containsEntry(3, LineLabel.CAPTION)
        .containsEntry(4, LineLabel.CAPTION);
    assertThat(clean.readableLines()).extracting(LabelledLine::number).containsExactly(1, 3, 5);
  }

  @Test
  void readsStandfirstRepeatedAsFirstParagraphOnce() {
    CleanArticle clean = labeler.label(article("""
        Chile and Peru review border pact
        The two ministers agreed to hold the next round of consultations in Santiago before the end of the year.
        LIMA (Andina) – Meeting on Tuesday, the two ministers agreed to hold the next round of consultations in Santiago before the end of the year, officials said.
        %s""".formatted(PROSE_1), Optional.empty()));
    assertThat(clean.labels()).containsEntry(2, LineLabel.STANDFIRST).containsEntry(3, LineLabel.BODY);
    assertThat(clean.lines().get(1).duplicateOf()).isEqualTo(3);
    assertThat(clean.readableLines()).extracting(LabelledLine::number).containsExactly(1, 3, 4);
  }

  @Test
  void labelsSiteDateFarFromPublicationAsBoilerplate() {
    Map<Integer, LineLabel> labels = labelsPublished("""
        Friday Dec 13, 2024
        Saturday, 30 May 2020 00:30
        %s""".formatted(PROSE_1), PartialDate.parse("2020-05-30"));
    assertThat(labels).containsEntry(1, LineLabel.BOILERPLATE).containsEntry(2, LineLabel.META);
  }

  @Test
  void labelsBreadcrumbThatRepeatsTheTitleAsBoilerplate() {
    Map<Integer, LineLabel> labels = labels("""
        News Americas Chile and Peru review border pact
        Chile and Peru review border pact
        %s""".formatted(PROSE_1));
    assertThat(labels).containsEntry(1, LineLabel.BOILERPLATE).containsEntry(2, LineLabel.TITLE);
  }

  @Test
  void labelsAgencyLineAfterTheTextAsCredit() {
    Map<Integer, LineLabel> labels = labels("""
        %s
        %s
        ANDINA""".formatted(PROSE_1, PROSE_2));
    assertThat(labels).containsEntry(3, LineLabel.CREDIT);
  }

  @Test
  void separatesMetadataPrefixFromTheLineItIntroduces() {
    CleanArticle clean = labeler.label(article(" date 2025-03-04\n date 2025-03-04 " + PROSE_1,
        PartialDate.parse("2025-03-04")));
    assertThat(clean.labels()).containsEntry(1, LineLabel.META).containsEntry(2, LineLabel.BODY);
    assertThat(clean.lines().get(1).content()).isEqualTo(PROSE_1);
  }

  private Map<Integer, LineLabel> labels(String text) {
    return labelsPublished(text, Optional.empty());
  }

  private Map<Integer, LineLabel> labelsPublished(String text, Optional<PartialDate> published) {
    return labeler.label(article(text, published)).labels();
  }

  private static Article article(String text, Optional<PartialDate> published) {
    return new Article("t", "test", Optional.empty(), published, text);
  }
}
