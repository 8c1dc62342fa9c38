package dev.dyad.core.extract;

import static dev.dyad.core.extract.ExtractedEvents.only;
import static dev.dyad.core.extract.ExtractedEvents.participant;
import static dev.dyad.core.extract.ExtractedEvents.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.OfficeHolding;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How people are named and titled: who they are, which country they serve and which office they hold. */
class PeopleIT {

  @Test
  void positiveCasesDemonymTitleAndName() {
    ArticleRecords r = SharedPipeline.extract("demonym", "2025-06-12", """
        NAIROBI – President Daniel Mwangi on Tuesday received visiting Tanzanian Prime Minister Joseph Makame at State House in Nairobi.
        Makame said Tanzania valued its partnership with Kenya.
        """);
    Person makame = person(r, "Joseph Makame");
    assertThat(makame.country()).contains("TZA");
    assertThat(makame.aliases()).containsExactly("Makame");
    assertThat(makame.offices()).containsExactly(
        new OfficeHolding("Prime Minister", PartialDate.parse("2025-06"), false));
  }

  @Test
  void positiveCasesHostLeaderTakesTheCountryOfTheDateline() {
    // 2025-06-12 is a Thursday.
    ArticleRecords r = SharedPipeline.extract("dateline", "2025-06-12", """
        NAIROBI – President Daniel Mwangi held talks with Tanzanian President Amina Juma at State House on Wednesday, focusing on trade and the shared border.
        Mwangi said Kenya and Tanzania would remove non-tariff barriers by the end of the year.
        """);
    assertThat(person(r, "Daniel Mwangi").country()).contains("KEN");
    assertThat(person(r, "Daniel Mwangi").aliases()).containsExactly("Mwangi");
    Event talks = only(r, EventType.MEETING);
    assertThat(participant(talks, "Daniel Mwangi").country()).contains("KEN");
    assertThat(participant(talks, "Amina Juma").country()).contains("TZA");
  }

  @Test
  void positiveCasesTitleOfTheRepublicBeforeTheName() {
    ArticleRecords r = SharedPipeline.extract("of-the-republic", "2025-05-20", """
        Prime Minister of the Republic of Kazakhstan Olzhas Serikov met Mongolian Prime Minister Tsend Batbold in Astana on May 19 to discuss transit routes.
        Serikov said the two countries would open a new border crossing.
        """);
    Person serikov = person(r, "Olzhas Serikov");
    assertThat(serikov.country()).contains("KAZ");
    assertThat(serikov.aliases()).containsExactly("Serikov");
    assertThat(serikov.offices()).extracting(OfficeHolding::office).containsExactly("Prime Minister");
    assertThat(person(r, "Tsend Batbold").country()).contains("MNG");
    assertThat(participant(only(r, EventType.MEETING), "Olzhas Serikov").country()).contains("KAZ");
  }

  @Test
  void positiveCasesRussianNameOrderWithPatronymicAndLaterFamilyName() {
    ArticleRecords r = SharedPipeline.extract("patronymic", "2025-04-10", """
        Russian Deputy Foreign Minister Petrov Ivan Sergeyevich held political consultations with Mongolian State Secretary Bold Ganzorig in Ulaanbaatar on April 8.
        Petrov said Russia valued its long friendship with Mongolia and hoped for more trade.
        """);
    Person petrov = person(r, "Petrov Ivan Sergeyevich");
    assertThat(petrov.country()).contains("RUS");
    assertThat(petrov.aliases()).containsExactly("Petrov");
    assertThat(petrov.offices()).extracting(OfficeHolding::office).containsExactly("Deputy Foreign Minister");
    assertThat(r.people()).extracting(Person::name).doesNotContain("Petrov");
    Event consultation = only(r, EventType.CONSULTATION);
    assertThat(consultation.countries()).containsExactly("MNG", "RUS");
    assertThat(participant(consultation, "Petrov Ivan Sergeyevich").country()).contains("RUS");
  }

  @Test
  void positiveCasesInitialConsistentWithTheFirstNameIsTheSamePerson() {
    ArticleRecords r = SharedPipeline.extract("initial", "2025-04-10", """
        Russian Deputy Foreign Minister Sergei Petrov arrived in Ulaanbaatar on Tuesday for talks with Mongolian officials on energy and transport.
        S. Petrov told reporters that Russia and Mongolia would expand rail links.
        """);
    Person petrov = person(r, "Sergei Petrov");
    assertThat(petrov.aliases()).containsExactly("S. Petrov");
    assertThat(r.people()).extracting(Person::name).containsExactly("Sergei Petrov");
  }

  @Test
  void negativeCasesInitialContradictingTheFirstNameIsAnotherPerson() {
    ArticleRecords r = SharedPipeline.extract("other-initial", "2025-04-10", """
        Russian Deputy Foreign Minister Sergei Petrov arrived in Ulaanbaatar on Tuesday for talks with Mongolian officials on energy and transport.
        Mongolian Energy Minister Ganbold Tuvshin and I. Petrov, a Russian trade envoy, also signed a memorandum on power supplies in Ulaanbaatar on Wednesday.
        """);
    assertThat(person(r, "Sergei Petrov").aliases()).doesNotContain("I. Petrov");
    assertThat(r.people()).extracting(Person::name).contains("Sergei Petrov", "I. Petrov");
  }

  @Test
  void positiveCasesAppositiveDemonymBeatsTheListsCountry() {
    ArticleRecords r = SharedPipeline.extract("appositive", "2025-04-10", """
        Russian Deputy Foreign Minister Sergei Petrov arrived in Ulaanbaatar on Tuesday for talks with Mongolian officials on energy and transport.
        Mongolian Energy Minister Ganbold Tuvshin and I. Petrov, a Russian trade envoy, also signed a memorandum on power supplies in Ulaanbaatar on Wednesday.
        """);
    assertThat(person(r, "I. Petrov").country()).contains("RUS");
  }

  @Test
  void positiveCasesThenPrimeMinisterHeldTheOfficeFormerly() {
    ArticleRecords r = SharedPipeline.extract("then", "2025-05-20", """
        Kenyan President Daniel Mwangi recalled that then Kenyan Prime Minister Samuel Kiprono had visited Tanzania in 2019 to open the new border post.
        Mwangi said relations between Kenya and Tanzania had grown stronger since then.
        """);
    Person kiprono = person(r, "Samuel Kiprono");
    assertThat(kiprono.country()).contains("KEN");
    assertThat(kiprono.offices()).containsExactly(
        new OfficeHolding("Prime Minister", PartialDate.parse("2025-05"), true));
    assertThat(person(r, "Daniel Mwangi").offices()).extracting(OfficeHolding::former).containsExactly(false);
    Event visit = only(r, EventType.VISIT);
    assertThat(visit.participants()).extracting(p -> p.name()).containsExactly("Samuel Kiprono");
    assertThat(visit.target()).contains("TZA");
    assertThat(visit.start().map(PartialDate::toString)).contains("2019");
  }

  @Test
  void negativeCasesPeopleWithoutCountryOrOfficeAreNotListed() {
    ArticleRecords r = SharedPipeline.extract("bystander", "2025-05-20", """
        Kenyan President Daniel Mwangi met Tanzanian President Amina Juma in Nairobi on May 19 to discuss the shared border and trade.
        Local trader Peter Otieno told reporters he hoped queues at the border would shorten.
        """);
    List<String> names = r.people().stream().map(Person::name).toList();
    assertThat(names).contains("Daniel Mwangi", "Amina Juma").doesNotContain("Peter Otieno");
  }
  @Test
  void negativeCasesRoyalsWhoShareANameUnderDifferentTitlesAreDifferentPeople() {
    ArticleRecords r = SharedPipeline.extract("royals", "2025-05-06", """
        Jordanian Crown Prince Hassan bin Faisal met Kuwaiti Foreign Minister Salem Al-Sabah in Amman on Monday.
        They discussed the outcomes of Jordanian King Faisal's visit to Kuwait earlier this year.
        """);
    assertThat(r.people()).extracting(Person::name).contains("Hassan bin Faisal", "Faisal");
  }

  @Test
  void positiveCasesPeopleAVisitorIsAccompaniedByJoinTheVisitOnTheVisitorsSide() {
    ArticleRecords r = SharedPipeline.extract("companions", "2025-03-14", """
        Kenyan President Daniel Mwangi was on a three-day official visit to Ethiopia this week (March 10-12).
        He was accompanied by several Cabinet Secretaries (Joseph Otieno of Interior, Peter Kamau of Defence) and business leaders.
        """);
    Event visit = ExtractedEvents.only(r, dev.dyad.core.model.EventType.VISIT);
    assertThat(ExtractedEvents.names(visit)).contains("Daniel Mwangi", "Joseph Otieno", "Peter Kamau");
    assertThat(person(r, "Peter Kamau").country()).contains("KEN");
  }

  @Test
  void negativeCasesSpousesOfBothSidesAreNoOnesDelegation() {
    ArticleRecords r = SharedPipeline.extract("spouses", "2025-03-14", """
        Kenyan President Daniel Mwangi began an official visit to Ethiopia on Monday at the invitation of Ethiopian Prime Minister Abebe Tesfaye.
        Both leaders were accompanied by their respective spouses, Mary Mwangi and Selam Tesfaye.
        """);
    Event visit = ExtractedEvents.only(r, dev.dyad.core.model.EventType.VISIT);
    assertThat(ExtractedEvents.names(visit)).doesNotContain("Selam Tesfaye");
  }

  @Test
  void positiveCasesAnOfficeShownOnlyInEventsOfEarlierYearsIsHeldThenNotAtPublication() {
    ArticleRecords r = SharedPipeline.extract("history", "2025-05-10", """
        Ghanaian President Kwame Mensah Boateng's visits to Togo in 1960 and 1962 laid the foundation of the relations, Togolese Foreign Minister Yao Agbeko said on Friday.
        """);
    assertThat(person(r, "Kwame Mensah Boateng").offices()).singleElement()
        .satisfies(o -> assertThat(o.asOf()).contains(dev.dyad.core.model.PartialDate.ofYear(1962)));
  }

}
