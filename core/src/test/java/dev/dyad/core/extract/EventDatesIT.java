package dev.dyad.core.extract;

import static dev.dyad.core.extract.ExtractedEvents.end;
import static dev.dyad.core.extract.ExtractedEvents.names;
import static dev.dyad.core.extract.ExtractedEvents.only;
import static dev.dyad.core.extract.ExtractedEvents.quoted;
import static dev.dyad.core.extract.ExtractedEvents.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Statistic;
import dev.dyad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Each form of date an event is reported with, resolved against the article's publication date. */
class EventDatesIT {

  @Test
  void positiveCasesWeekdayInPastTenseIsTheWeekdayBeforePublication() {
    // 2025-03-14 is a Friday.
    ArticleRecords r = SharedPipeline.extract("past-weekday", "2025-03-14", """
        Uruguayan Foreign Minister Lucia Ferreira met Paraguayan Foreign Minister Ramon Benitez in Montevideo on Wednesday.
        They discussed river navigation on the Parana.
        """);
    Event e = only(r, EventType.MEETING);
    assertThat(start(e)).contains("2025-03-12");
    assertThat(e.end()).isEmpty();
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void positiveCasesWeekdayInFutureTenseIsTheNextWeekdayAndPlanned() {
    // 2025-03-12 is a Wednesday.
    ArticleRecords r = SharedPipeline.extract("future-weekday", "2025-03-12", """
        Uruguayan President Diego Castro will visit Paraguay on Friday for talks on energy trade and river transport, his office said.
        Castro is expected to discuss electricity tariffs with Paraguayan leaders.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(e.countries()).containsExactly("PRY", "URY");
    assertThat(e.target()).contains("PRY");
    assertThat(start(e)).contains("2025-03-14");
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void positiveCasesMonthDayWithoutYearTakesThePublicationYear() {
    ArticleRecords r = SharedPipeline.extract("month-day", "2025-12-16", """
        Kenyan Trade Minister Grace Otieno met Tanzanian Trade Minister Hamisi Mohamed in Dodoma on December 8.
        They discussed tariffs on agricultural goods.
        """);
    assertThat(start(only(r, EventType.MEETING))).contains("2025-12-08");
  }

  @Test
  void positiveCasesPastMonthDayAfterPublicationDayFallsInThePreviousYear() {
    ArticleRecords r = SharedPipeline.extract("month-day-new-year", "2025-01-06", """
        Kenyan Trade Minister Grace Otieno met Tanzanian Trade Minister Hamisi Mohamed in Dodoma on December 28.
        They discussed tariffs on agricultural goods.
        """);
    Event e = only(r, EventType.MEETING);
    assertThat(start(e)).contains("2024-12-28");
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void positiveCasesMonthAloneTakesTheArticlesYear() {
    ArticleRecords r = SharedPipeline.extract("month", "2025-06-12", """
        Chilean President Martin Solis visited Peru in April to discuss mining investment and a new coastal highway between the two countries.
        During the trip he met Peruvian President Carlos Huaman in Lima.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(start(e)).contains("2025-04");
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void positiveCasesLastYearIsTheStatisticsPeriod() {
    ArticleRecords r = SharedPipeline.extract("last-year", "2025-06-12", """
        Trade between Chile and Peru reached 4.2 billion US dollars last year, up 8 percent from the year before.
        Chilean Economy Minister Jorge Pino said the figure showed strong ties with Peru.
        """);
    assertThat(r.statistics()).hasSize(1);
    Statistic s = r.statistics().get(0);
    assertThat(s.metric()).isEqualTo("trade_turnover");
    assertThat(s.countries()).containsExactly("CHL", "PER");
    assertThat(s.value()).isEqualTo(4.2e9);
    assertThat(s.unit()).isEqualTo("USD");
    assertThat(s.period()).isEqualTo("2024");
  }

  @Test
  void positiveCasesEarlierThisMonthIsThePublicationMonth() {
    ArticleRecords r = SharedPipeline.extract("earlier-this-month", "2025-09-17", """
        Indonesian Foreign Minister Rina Wibowo visited Malaysia earlier this month.
        She met Malaysian Prime Minister Hassan Osman in Kuala Lumpur.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(e.target()).contains("MYS");
    assertThat(start(e)).contains("2025-09");
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void positiveCasesDayRangeWithMonthFirstGivesStartAndEnd() {
    ArticleRecords r = SharedPipeline.extract("range-month-first", "2025-03-12", """
        Ghanaian President Kofi Mensah paid a state visit to Togo from March 3-5 at the invitation of his Togolese counterpart.
        Mensah and Togolese President Yao Kpodar discussed regional security and the joint management of their border posts.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(e.subtype()).contains("state");
    assertThat(start(e)).contains("2025-03-03");
    assertThat(end(e)).contains("2025-03-05");
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void positiveCasesDayRangeWithDaysFirstGivesStartAndEnd() {
    ArticleRecords r = SharedPipeline.extract("range-days-first", "2025-02-25", """
        Mongolian Prime Minister Tsend Batbold paid an official visit to Kazakhstan on 20-21 February at the invitation of the Kazakh government.
        He held talks with Kazakh Prime Minister Olzhas Serikov in Astana on expanding rail freight between the two countries.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(e.source()).contains("MNG");
    assertThat(e.target()).contains("KAZ");
    assertThat(start(e)).contains("2025-02-20");
    assertThat(end(e)).contains("2025-02-21");
  }

  @Test
  void positiveCasesYesterdayWithTheDateInBrackets() {
    ArticleRecords r = SharedPipeline.extract("yesterday", "2025-12-16", """
        Peruvian Foreign Minister Luis Quispe held talks with Chilean Foreign Minister Ana Ruiz in Lima yesterday (Dec 15).
        The ministers agreed to reopen a border crossing.
        """);
    Event e = only(r, EventType.MEETING);
    assertThat(start(e)).contains("2025-12-15");
    assertThat(e.end()).isEmpty();
  }

  @Test
  void positiveCasesUndatedArticleIsDatedByItsOwnReferences() {
    Pipeline.Result result = SharedPipeline.process(SharedPipeline.article("undated", null, """
        Malaysian Foreign Minister Ahmad Faizal Hamzah last visited Indonesia in October 2024.
        Indonesian President Budi Santoso received Malaysian Foreign Minister Ahmad Faizal Hamzah in Jakarta on April 24.
        They discussed haze and maritime security.
        """));
    assertThat(result.annotated().article().published()).isEqualTo(PartialDate.parse("2025-04"));
    ArticleRecords r = result.records();
    assertThat(start(quoted(r, EventType.MEETING, "received"))).contains("2025-04-24");
    assertThat(start(quoted(r, EventType.VISIT, "last visited"))).contains("2024-10");
  }

  @Test
  void positiveCasesShortDatedParagraphInTheBodyIsRead() {
    ArticleRecords r = SharedPipeline.extract("short-paragraph", "2025-03-12", """
        Uruguay and Paraguay have agreed to deepen cooperation on river transport and energy, officials in both capitals said this week.
        Uruguayan President Diego Castro will visit Paraguay on Friday.
        The trip follows months of negotiations over tariffs on electricity sold across the border between the two countries.
        Paraguayan Foreign Minister Ramon Benitez met Castro on March 3.
        Officials said further meetings on energy pricing would follow later in the year, with technical teams meeting monthly.
        """);
    Event e = quoted(r, EventType.MEETING, "met Castro on March 3");
    assertThat(e.countries()).containsExactly("PRY", "URY");
    assertThat(start(e)).contains("2025-03-03");
  }
  @Test
  void negativeCasesADateOfAnotherActInTheSameClauseDoesNotDateTheEvent() {
    ArticleRecords r = SharedPipeline.extract("taking-office", "2025-01-24", """
        Argentine President Ana Duarte received her Paraguayan counterpart, President Ramon Benitez, in what was his first foreign visit after taking office on January 1st.
        """);
    assertThat(r.events()).isNotEmpty().allSatisfy(e -> assertThat(e.start()).as("January 1st is when he took office")
        .isNotEqualTo(java.util.Optional.of(PartialDate.of(java.time.LocalDate.of(2025, 1, 1)))));
  }

  @Test
  void positiveCasesAPossessiveWeekdayDatesTheReportItQualifies() {
    // 2025-06-09 is a Monday.
    ArticleRecords r = SharedPipeline.extract("possessive-day", "2025-06-09", """
        The 3rd session of the Ghana-Togo Joint Commission opened in Accra on Monday with a meeting of ministers.
        The ministers' meeting, chaired by Ghanaian Foreign Minister Kofi Mensah, prepares Thursday's presidential session, where President Daniel Asare and President Yao Agbeko will lead the talks.
        """);
    assertThat(r.events()).filteredOn(e -> e.start().map(PartialDate::toString).equals(java.util.Optional.of("2025-06-12")))
        .singleElement().satisfies(e -> assertThat(names(e)).contains("Daniel Asare", "Yao Agbeko").doesNotContain("Kofi Mensah"));
  }

}
