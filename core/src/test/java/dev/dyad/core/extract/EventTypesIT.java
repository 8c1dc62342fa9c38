package dev.dyad.core.extract;

import static dev.dyad.core.extract.ExtractedEvents.city;
import static dev.dyad.core.extract.ExtractedEvents.names;
import static dev.dyad.core.extract.ExtractedEvents.ofType;
import static dev.dyad.core.extract.ExtractedEvents.only;
import static dev.dyad.core.extract.ExtractedEvents.participant;
import static dev.dyad.core.extract.ExtractedEvents.quoted;
import static dev.dyad.core.extract.ExtractedEvents.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.EventStatus;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.Place;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One short invented article per kind of event, read through the whole pipeline. */
class EventTypesIT {

  @Test
  void positiveCasesOfficialVisitGoesFromVisitorToHost() {
    // 2025-03-12 is a Wednesday: "on Monday" is 2025-03-10.
    ArticleRecords r = SharedPipeline.extract("visit", "2025-03-12", """
        Chilean Foreign Minister Ana Ruiz began an official visit to Peru on Monday, the first by a Chilean minister this year.
        During the visit, Ruiz is set to discuss trade and border issues with Peruvian officials.
        """);
    Event e = only(r, EventType.VISIT);
    assertThat(e.subtype()).contains("official");
    assertThat(e.countries()).containsExactly("CHL", "PER");
    assertThat(e.source()).contains("CHL");
    assertThat(e.target()).contains("PER");
    assertThat(e.participants()).containsExactly(
        new Participant("Ana Ruiz", Optional.of("CHL"), Optional.of("Foreign Minister")));
    assertThat(start(e)).contains("2025-03-10");
    assertThat(e.place()).contains(Place.country("PER"));
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(e.evidence().get(0).text()).startsWith("Chilean Foreign Minister Ana Ruiz began an official visit");
  }

  @Test
  void positiveCasesReceptionOfAVisitingLeaderByTheDatelinedHost() {
    // 2025-06-12 is a Thursday.
    ArticleRecords r = SharedPipeline.extract("reception", "2025-06-12", """
        NAIROBI – President Daniel Mwangi on Tuesday received visiting Tanzanian Prime Minister Joseph Makame at State House in Nairobi.
        The two leaders discussed cross-border trade and the management of Lake Victoria.
        """);
    Event e = only(r, EventType.MEETING);
    assertThat(e.subtype()).contains("reception");
    assertThat(e.countries()).containsExactly("KEN", "TZA");
    assertThat(e.source()).contains("KEN");
    assertThat(e.target()).contains("TZA");
    assertThat(e.participants()).containsExactly(
        new Participant("Daniel Mwangi", Optional.of("KEN"), Optional.of("President")),
        new Participant("Joseph Makame", Optional.of("TZA"), Optional.of("Prime Minister")));
    assertThat(start(e)).contains("2025-06-10");
    assertThat(e.place()).contains(city("Nairobi", "KEN"));
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
    Event visit = only(r, EventType.VISIT);
    assertThat(visit.source()).contains("TZA");
    assertThat(visit.target()).contains("KEN");
    assertThat(names(visit)).containsExactly("Joseph Makame");
  }

  @Test
  void positiveCasesReceptionDatedByATimeAfterTheGuest() {
    ArticleRecords r = SharedPipeline.extract("reception-late-time", "2025-06-12", """
        NAIROBI – President Daniel Mwangi received visiting Tanzanian Prime Minister Joseph Makame in Nairobi on Tuesday.
        The two leaders discussed cross-border trade and the management of Lake Victoria.
        """);
    Event e = only(r, EventType.MEETING);
    assertThat(e.subtype()).contains("reception");
    assertThat(start(e)).contains("2025-06-10");
  }

  @Test
  void positiveCasesTalksBetweenCounterparts() {
    // 2025-05-09 is a Friday.
    ArticleRecords r = SharedPipeline.extract("talks", "2025-05-09", """
        Indonesian Foreign Minister Rina Wibowo held talks with her Malaysian counterpart Ahmad Faizal Hamzah in Kuala Lumpur on Thursday.
        They discussed maritime boundaries and palm oil exports.
        """);
    Event e = only(r, EventType.MEETING);
    assertThat(e.subtype()).contains("talks");
    assertThat(e.countries()).containsExactly("IDN", "MYS");
    assertThat(participant(e, "Rina Wibowo").country()).contains("IDN");
    assertThat(participant(e, "Rina Wibowo").office()).contains("Foreign Minister");
    assertThat(participant(e, "Ahmad Faizal Hamzah").country()).contains("MYS");
    assertThat(start(e)).contains("2025-05-08");
    assertThat(e.place()).contains(city("Kuala Lumpur", "MYS"));
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void positiveCasesCourtesyCallGoesFromCallerToHost() {
    ArticleRecords r = SharedPipeline.extract("courtesy", "2025-04-17", """
        Hungarian Ambassador Gabor Szilagyi paid a courtesy call on Mongolian Foreign Minister Batbayar Ganbold in Ulaanbaatar on April 15.
        The ambassador conveyed greetings from Budapest.
        """);
    Event e = only(r, EventType.MEETING);
    assertThat(e.subtype()).contains("courtesy call");
    assertThat(e.countries()).containsExactly("HUN", "MNG");
    assertThat(e.source()).contains("HUN");
    assertThat(e.target()).contains("MNG");
    assertThat(e.participants()).containsExactly(
        new Participant("Gabor Szilagyi", Optional.of("HUN"), Optional.of("Ambassador")),
        new Participant("Batbayar Ganbold", Optional.of("MNG"), Optional.of("Foreign Minister")));
    assertThat(start(e)).contains("2025-04-15");
    assertThat(e.place()).contains(city("Ulaanbaatar", "MNG"));
  }

  @Test
  void positiveCasesPhoneCallHasNoPlace() {
    // 2025-02-20 is a Thursday.
    ArticleRecords r = SharedPipeline.extract("phone", "2025-02-20", """
        Kazakh President Nurlan Abenov held a phone call with Uzbek President Timur Rashidov on Wednesday.
        The two presidents discussed water sharing on the Syr Darya.
        """);
    Event e = only(r, EventType.CALL);
    assertThat(e.countries()).containsExactly("KAZ", "UZB");
    assertThat(e.source()).contains("KAZ");
    assertThat(e.target()).contains("UZB");
    assertThat(e.participants()).containsExactly(
        new Participant("Nurlan Abenov", Optional.of("KAZ"), Optional.of("President")),
        new Participant("Timur Rashidov", Optional.of("UZB"), Optional.of("President")));
    assertThat(start(e)).contains("2025-02-19");
    assertThat(e.place()).isEmpty();
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void positiveCasesTelephoneConversation() {
    ArticleRecords r = SharedPipeline.extract("telephone", "2025-02-20", """
        Peruvian President Carlos Huaman had a telephone conversation with Chilean President Martin Solis on February 18.
        They agreed to strengthen cooperation on fisheries.
        """);
    Event e = only(r, EventType.CALL);
    assertThat(e.countries()).containsExactly("CHL", "PER");
    assertThat(e.source()).contains("PER");
    assertThat(e.target()).contains("CHL");
    assertThat(names(e)).containsExactly("Carlos Huaman", "Martin Solis");
    assertThat(start(e)).contains("2025-02-18");
    assertThat(e.place()).isEmpty();
  }

  @Test
  void positiveCasesOneMeetingPerOfficialListedAsMet() {
    ArticleRecords r = SharedPipeline.extract("met-list", "2025-09-04", """
        Ghanaian Foreign Minister Kofi Mensah is on a working visit to Morocco from 3 to 5 September 2025.
        In Rabat, Minister Mensah met Moroccan Minister of Foreign Affairs Karim Alaoui.
        Minister Mensah also met Minister of Agriculture Youssef Bennani and Minister of Tourism Leila Tazi.
        In these meetings, the ministers discussed cocoa processing and air links.
        """);
    List<Event> meetings = ofType(r, EventType.MEETING);
    assertThat(meetings).extracting(ExtractedEvents::names).containsExactlyInAnyOrder(
        List.of("Kofi Mensah", "Karim Alaoui"), List.of("Kofi Mensah", "Youssef Bennani"), List.of("Kofi Mensah", "Leila Tazi"));
    assertThat(meetings).allSatisfy(m -> assertThat(m.countries()).containsExactly("GHA", "MAR"));
    Event bennani = meetings.stream().filter(m -> names(m).contains("Youssef Bennani")).findFirst().orElseThrow();
    assertThat(participant(bennani, "Youssef Bennani").country()).as("the side the visitor is not").contains("MAR");
  }

  @Test
  void positiveCasesOneCallPerPartnerCountryInOneSentence() {
    ArticleRecords r = SharedPipeline.extract("calls", "2025-10-02", """
        Kenyan President Daniel Mwangi held telephone conversations on Wednesday with Ugandan President Samuel Okello and Rwandan President Eric Habimana.
        The leaders discussed regional security.
        """);
    List<Event> calls = ofType(r, EventType.CALL);
    assertThat(calls).extracting(Event::countries).containsExactlyInAnyOrder(List.of("KEN", "UGA"), List.of("KEN", "RWA"));
    assertThat(calls).allSatisfy(c -> assertThat(start(c)).contains("2025-10-01"));
  }

  @Test
  void positiveCasesNumberedJointCommissionSession() {
    ArticleRecords r = SharedPipeline.extract("commission", "2025-03-10", """
        Ghanaian Foreign Minister Kwame Asante and Togolese Foreign Minister Kossi Agbodjan co-chaired the 5th meeting of the Ghana-Togo Joint Commission in Accra on March 3.
        The commission reviewed cooperation in energy, transport and security.
        """);
    Event e = only(r, EventType.CONSULTATION);
    assertThat(e.subtype()).contains("commission session");
    assertThat(e.countries()).containsExactly("GHA", "TGO");
    assertThat(e.mechanism()).contains("Ghana-Togo Joint Commission");
    assertThat(e.ordinal()).contains(5);
    assertThat(e.participants()).containsExactly(
        new Participant("Kwame Asante", Optional.of("GHA"), Optional.of("Foreign Minister")),
        new Participant("Kossi Agbodjan", Optional.of("TGO"), Optional.of("Foreign Minister")));
    assertThat(start(e)).contains("2025-03-03");
    assertThat(e.place()).contains(city("Accra", "GHA"));
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
    assertThat(ofType(r, EventType.MEETING)).as("the session is not also a plain meeting").isEmpty();
  }

  @Test
  void positiveCasesWitnessedSigningOfAMemorandum() {
    ArticleRecords r = SharedPipeline.extract("signing", "2025-07-04", """
        Kenyan President Daniel Mwangi and Tanzanian President Amina Juma witnessed the signing of a memorandum of understanding on energy cooperation in Nairobi on July 2.
        The memorandum covers power transmission lines between the two countries.
        """);
    Event e = only(r, EventType.SIGNING);
    assertThat(e.countries()).containsExactly("KEN", "TZA");
    assertThat(names(e)).containsExactly("Daniel Mwangi", "Amina Juma");
    assertThat(participant(e, "Amina Juma").country()).contains("TZA");
    assertThat(start(e)).contains("2025-07-02");
    assertThat(e.place()).contains(city("Nairobi", "KEN"));
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void positiveCasesSigningWitnessedAfterTalksInTheSameSentence() {
    ArticleRecords r = SharedPipeline.extract("talks-then-signing", "2025-07-04", """
        Kenyan President Daniel Mwangi and Tanzanian President Amina Juma held talks in Nairobi on July 2, after which they witnessed the signing of five agreements on trade and energy.
        """);
    assertThat(only(r, EventType.MEETING).subtype()).contains("talks");
    Event e = only(r, EventType.SIGNING);
    assertThat(e.countries()).containsExactly("KEN", "TZA");
    assertThat(start(e)).contains("2025-07-02");
  }

  @Test
  void positiveCasesEmergencyReliefHandedOverGoesFromGiverToReceiver() {
    ArticleRecords r = SharedPipeline.extract("aid", "2025-08-22", """
        Malaysian Ambassador Siti Rahman handed over emergency relief supplies to Indonesian Social Affairs Minister Dewi Kartika in Jakarta on August 20.
        The supplies included tents, blankets and medicines for flood victims.
        """);
    Event e = only(r, EventType.AID);
    assertThat(e.countries()).containsExactly("IDN", "MYS");
    assertThat(e.source()).contains("MYS");
    assertThat(e.target()).contains("IDN");
    assertThat(e.participants()).containsExactly(
        new Participant("Siti Rahman", Optional.of("MYS"), Optional.of("Ambassador")),
        new Participant("Dewi Kartika", Optional.of("IDN"), Optional.of("Social Affairs Minister")));
    assertThat(start(e)).contains("2025-08-20");
    assertThat(e.place()).contains(city("Jakarta", "IDN"));
    assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
  }

  @Test
  void negativeCasesGenericStatementsAboutPracticeReportNoEvent() {
    ArticleRecords r = SharedPipeline.extract("generic", "2025-03-12", """
        Chile and Peru enjoy close relations built on trade, migration and a long shared border.
        The two countries regularly exchange high-level visits.
        Both sides agreed to maintain regular consultations.
        """);
    assertThat(r.events()).isEmpty();
  }

  @Test
  void negativeCasesPraisingASigningIsNotASigning() {
    ArticleRecords r = SharedPipeline.extract("praise", "2025-03-12", """
        Peruvian Foreign Minister Luis Quispe praised the signing of the agreement between Peru and Chile.
        He said trade between the two countries would grow.
        """);
    assertThat(ofType(r, EventType.SIGNING)).isEmpty();
    assertThat(r.events()).isEmpty();
  }
  @Test
  void positiveCasesReceivedCallGoesFromTheCallerAndLaterReferencesAddToIt() {
    // 2025-03-12 is a Wednesday.
    ArticleRecords r = SharedPipeline.extract("received-call", "2025-03-12", """
        Omani Foreign Minister Hamad Al-Rawahi received a phone call on Tuesday from Japanese Foreign Minister Kenji Sato.
        Sato conveyed, at the start of the call, the greetings of the Japanese government.
        During the call, the two ministers reviewed shipping security in the Arabian Sea.
        """);
    Event call = only(r, EventType.CALL);
    assertThat(call.source()).contains("JPN");
    assertThat(call.target()).contains("OMN");
    assertThat(start(call)).contains("2025-03-11");
    assertThat(call.evidence()).extracting(ev -> ev.text()).anyMatch(t -> t.startsWith("Sato conveyed"));
    assertThat(ofType(r, EventType.MEETING)).isEmpty();
  }

  @Test
  void positiveCasesTheMeetingRefersToTheSessionAlreadyReported() {
    ArticleRecords r = SharedPipeline.extract("the-meeting", "2025-05-06", """
        The 5th session of the Ghana-Nigeria Joint Commission for Cooperation opened in Accra on Monday.
        The meeting is co-chaired by Ghanaian Foreign Minister Kofi Mensah and Nigerian Foreign Minister Musa Bello.
        """);
    Event session = only(r, EventType.CONSULTATION);
    assertThat(session.ordinal()).contains(5);
    assertThat(names(session)).containsExactlyInAnyOrder("Kofi Mensah", "Musa Bello");
    assertThat(ofType(r, EventType.MEETING)).isEmpty();
  }

  @Test
  void negativeCasesAVisitByNobodyToNowhereIsNoEvent() {
    ArticleRecords r = SharedPipeline.extract("site-visits", "2025-05-06", """
        Kenyan President Daniel Mwangi held talks with Ethiopian Prime Minister Abebe Tesfaye in Addis Ababa on Monday.
        He also attended a regional summit as well as visiting a number of factories and an airline.
        """);
    assertThat(ofType(r, EventType.VISIT)).isEmpty();
  }

  @Test
  void positiveCasesSubjectBeforeAnAsideMeetsAndAWelcomeFromTheHostGoesToTheGuest() {
    ArticleRecords r = SharedPipeline.extract("aside", "2025-04-10", """
        Chilean President Martin Solis, on his state visit to Mexico, met with the country's president, Elena Ortiz, in Mexico City on Thursday.
        The Chilean presidential couple received an official welcome from President Ortiz at the National Palace on Thursday morning.
        """);
    Event meeting = quoted(r, EventType.MEETING, "met with");
    assertThat(names(meeting)).contains("Martin Solis", "Elena Ortiz");
    assertThat(meeting.target()).as("the host welcomes the guest").contains("CHL");
  }

  @Test
  void negativeCasesADelegationReceivedFromAbroadIsReceivedByTheHost() {
    ArticleRecords r = SharedPipeline.extract("delegation-from", "2025-04-10", """
        Mexican President Elena Ortiz received Ana Ruiz's delegation from Chile in Mexico City on Wednesday.
        """);
    Event reception = only(r, EventType.MEETING);
    assertThat(reception.source()).contains("MEX");
    assertThat(reception.target()).contains("CHL");
  }

  @Test
  void positiveCasesAidGivenByAnAgentAfterTheTriggerGoesFromTheAgent() {
    // 2025-08-21 is a Thursday; "yesterday" is 2025-08-20.
    ArticleRecords r = SharedPipeline.extract("aid-by", "2025-08-21", """
        COLOMBO - A handover ceremony for relief aid donated by the Japanese government to flood-hit districts of Sri Lanka was held at the Foreign Ministry yesterday.
        """);
    Event aid = only(r, EventType.AID);
    assertThat(aid.source()).contains("JPN");
    assertThat(aid.target()).contains("LKA");
    assertThat(start(aid)).as("'flood-hit' is no verb of another clause").contains("2025-08-20");
  }

  @Test
  void positiveCasesPlannedAidWithAStatedSumIsAnEvent() {
    ArticleRecords r = SharedPipeline.extract("aid-sum", "2025-08-21", """
        Japanese Ambassador Kenji Sato said an additional USD 2 million in humanitarian assistance will be provided to Sri Lanka through UN agencies.
        """);
    Event aid = only(r, EventType.AID);
    assertThat(aid.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(aid.countries()).containsExactly("JPN", "LKA");
  }

  @Test
  void positiveCasesAnExchangeOfTwoMemorandaIsOneSigningPerMemorandumWitnessedByTheLeaders() {
    // 2025-07-08 is a Tuesday.
    ArticleRecords r = SharedPipeline.extract("two-mous", "2025-07-08", """
        Ghanaian President Daniel Asare held talks with Togolese President Yao Agbeko in Accra on Monday.
        The leaders witnessed the exchange of two memoranda of understanding on tourism and on fisheries.
        """);
    List<Event> signings = ofType(r, EventType.SIGNING);
    assertThat(signings).hasSize(2);
    assertThat(signings).allSatisfy(s -> assertThat(names(s)).containsExactlyInAnyOrder("Daniel Asare", "Yao Agbeko"));
    assertThat(signings).extracting(s -> s.agreement().orElse("")).doesNotHaveDuplicates().allMatch(t -> !t.isEmpty());
  }

  @Test
  void negativeCasesACountOfAgreementsSignedOverTheYearsIsNoSigning() {
    ArticleRecords r = SharedPipeline.extract("tally", "2025-07-08", """
        President Daniel Asare and President Yao Agbeko noted the 27 agreements that have been signed between Ghana and Togo since 1960.
        """);
    assertThat(ofType(r, EventType.SIGNING)).isEmpty();
  }

  @Test
  void negativeCasesASummitOfAMultilateralBodyIsNoBilateralEncounterButMeetingsOnItsSidelinesAre() {
    // 2025-09-12 is a Friday.
    ArticleRecords r = SharedPipeline.extract("sidelines", "2025-09-12", """
        Kenyan President Daniel Mwangi met Ethiopian Prime Minister Abebe Tesfaye on the sidelines of the African Union summit in Addis Ababa on Thursday.
        He also attended the Extraordinary IGAD Summit on Sudan held on Wednesday as well as visiting a number of factories.
        """);
    assertThat(r.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.MEETING);
      assertThat(names(e)).containsExactlyInAnyOrder("Daniel Mwangi", "Abebe Tesfaye");
      assertThat(start(e)).contains("2025-09-11");
    });
  }

  @Test
  void positiveCasesASigningThatTalksResultedInIsSignedByThoseWhoHeldThem() {
    ArticleRecords r = SharedPipeline.extract("outcome", "2025-04-30", """
        The 6th meeting of the Uzbekistan-Tajikistan Intergovernmental Commission chaired by Uzbek Prime Minister Aziz Karimov and Tajik Prime Minister Rustam Nazarov took place in Tashkent.
        The talks resulted in the signing of the meeting's protocol and of an agreement on water sharing.
        """);
    Event signing = only(r, EventType.SIGNING);
    assertThat(names(signing)).containsExactlyInAnyOrder("Aziz Karimov", "Rustam Nazarov");
  }

  @Test
  void negativeCasesASigningMerelyMentionedAtAMeetingIsNotSignedByItsPeople() {
    ArticleRecords r = SharedPipeline.extract("mentioned", "2025-04-30", """
        Uzbek Prime Minister Aziz Karimov will meet Tajik Prime Minister Rustam Nazarov in Dushanbe in June.
        At the meeting, they should review the water agreement signed by the two countries in 2018.
        """);
    assertThat(ofType(r, EventType.SIGNING)).allSatisfy(s -> assertThat(s.participants()).isEmpty());
  }

  @Test
  void positiveCasesANumberedSessionOfAMechanismNamedByItsAbbreviation() {
    ArticleRecords r = SharedPipeline.extract("session", "2025-05-06", """
        Ghana and Togo set up the Joint Commission for Cooperation (JCC) in 2001.
        The 3rd Session of the JCC was held on 4 May 2019 in Lome. Both delegations also attended the 78th session of the UN General Assembly.
        """);
    Event session = only(r, EventType.CONSULTATION);
    assertThat(session.ordinal()).contains(3);
    assertThat(start(session)).contains("2019-05-04");
    assertThat(session.countries()).containsExactly("GHA", "TGO");
  }

  @Test
  void positiveCasesTheSceneCarriesToLaterReportsOfTheSameDays() {
    // 2025-09-04 is a Thursday.
    ArticleRecords r = SharedPipeline.extract("scene", "2025-09-04", """
        ACCRA - Togolese Foreign Minister Yao Agbeko received a donation of medical supplies from Ghanaian Ambassador Kofi Mensah yesterday.
        In Lome, Minister Agbeko met Ghanaian Minister of Trade Ama Owusu on Wednesday. Minister Agbeko also met Ghanaian Minister of Energy Kwame Boateng on Wednesday.
        """);
    Event boateng = ofType(r, EventType.MEETING).stream().filter(m -> names(m).contains("Kwame Boateng")).findFirst().orElseThrow();
    assertThat(boateng.place()).contains(city("Lomé", "TGO"));
  }

  @Test
  void positiveCasesAVisitByAnOfficeOfACountryNamedInThePossessive() {
    ArticleRecords r = SharedPipeline.extract("office-visit", "2025-09-14", """
        Officials of the two countries prepared the forthcoming visit of Chile's Foreign Minister to Peru, the ministry said.
        """);
    Event visit = only(r, EventType.VISIT);
    assertThat(visit.source()).contains("CHL");
    assertThat(visit.target()).as("the possessive names the visitor's side").contains("PER");
    assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
  }

  @Test
  void negativeCasesASummitNamedAfterTheBodysFullNameIsMultilateral() {
    ArticleRecords r = SharedPipeline.extract("celac", "2025-01-23", """
        Tomorrow, Chilean President Martin Solis will attend the 9th Summit of the Community of Latin American and Caribbean States (Celac) in Buenos Aires, Argentina.
        """);
    assertThat(ofType(r, EventType.MEETING)).isEmpty();
    assertThat(ofType(r, EventType.CONSULTATION)).isEmpty();
  }

}
