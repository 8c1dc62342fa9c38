package dev.dyad.core.extract;

import static dev.dyad.core.extract.ExtractedEvents.city;
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
import org.junit.jupiter.api.Test;

/** Whether an event is announced or has taken place, from the words around its trigger. */
class PlannedVsOccurredIT {

  @Test
  void positiveCasesWillPayAStateVisitIsPlanned() {
    ArticleRecords r = SharedPipeline.extract("will-pay", "2025-10-02", """
        Peruvian President Carlos Huaman will pay a state visit to Chile from October 14 to 16 at the invitation of Chilean President Martin Solis, the foreign ministry said.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(e.subtype()).contains("state");
    assertThat(e.source()).contains("PER");
    assertThat(e.target()).contains("CHL");
    assertThat(names(e)).as("the inviting host is not a visitor").containsExactly("Carlos Huaman");
    assertThat(start(e)).contains("2025-10-14");
    assertThat(end(e)).contains("2025-10-16");
  }

  @Test
  void positiveCasesAheadOfTheVisitMakesTheVisitPlanned() {
    ArticleRecords r = SharedPipeline.extract("ahead", "2025-10-02", """
        Ahead of the state visit of Peruvian President Carlos Huaman to Chile next week, the two foreign ministries finalised a list of agreements on lithium and fisheries.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(e.countries()).containsExactly("CHL", "PER");
    assertThat(names(e)).containsExactly("Carlos Huaman");
  }

  @Test
  void positiveCasesUpcomingVisitIsPlanned() {
    ArticleRecords r = SharedPipeline.extract("upcoming", "2025-10-02", """
        Chilean officials said the upcoming visit of Peruvian President Carlos Huaman to Chile would focus on lithium, fisheries and port investment.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(e.countries()).containsExactly("CHL", "PER");
  }

  @Test
  void positiveCasesVisitOfANamedLeaderToACountryGoesThere() {
    ArticleRecords r = SharedPipeline.extract("visit-of-to", "2025-10-02", """
        Ahead of the state visit of Peruvian President Carlos Huaman to Chile next week, the two foreign ministries finalised a list of agreements on lithium and fisheries.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(e.source()).contains("PER");
    assertThat(e.target()).contains("CHL");
  }

  @Test
  void positiveCasesIsExpectedToMeetIsPlanned() {
    ArticleRecords r = SharedPipeline.extract("expected", "2025-10-02", """
        Peruvian President Carlos Huaman will pay a state visit to Chile next week, the Peruvian foreign ministry said in a statement on Thursday.
        Huaman is expected to meet Chilean President Martin Solis in Santiago to sign several agreements.
        """);
    Event meeting = only(r, EventType.MEETING);
    assertThat(meeting.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(names(meeting)).containsExactly("Carlos Huaman", "Martin Solis");
    assertThat(meeting.place()).contains(city("Santiago", "CHL"));
    assertThat(only(r, EventType.VISIT).status()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void negativeCasesMeetingHeldAheadOfAVisitHasOccurred() {
    ArticleRecords r = SharedPipeline.extract("ahead-meeting", "2025-10-02", """
        Peruvian President Carlos Huaman will pay a state visit to Chile next week, the Peruvian foreign ministry said in a statement on Thursday.
        Ahead of the visit, Peruvian Foreign Minister Luis Quispe met Chilean Ambassador Pablo Reyes in Lima to review the programme.
        """);
    Event meeting = quoted(r, EventType.MEETING, "met Chilean Ambassador Pablo Reyes");
    assertThat(meeting.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(meeting.place()).contains(city("Lima", "PER"));
  }

  @Test
  void negativeCasesArrivedAndHeldTalksHaveOccurred() {
    // 2025-10-09 is a Thursday.
    ArticleRecords r = SharedPipeline.extract("arrived", "2025-10-09", """
        Peruvian President Carlos Huaman arrived in Santiago on Tuesday for a three-day state visit to Chile at the invitation of President Martin Solis.
        Huaman and Solis held talks at La Moneda palace on Wednesday, focusing on lithium and fisheries cooperation.
        """);
    Event visit = only(r, EventType.VISIT);
    assertThat(visit.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(visit.subtype()).contains("state");
    assertThat(start(visit)).contains("2025-10-07");
    assertThat(visit.place()).contains(city("Santiago", "CHL"));
    assertThat(names(visit)).containsExactly("Carlos Huaman");
    Event talks = only(r, EventType.MEETING);
    assertThat(talks.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(talks.subtype()).contains("talks");
    assertThat(start(talks)).contains("2025-10-08");
    assertThat(names(talks)).containsExactly("Carlos Huaman", "Martin Solis");
  }
}
