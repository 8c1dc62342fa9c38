package dev.dyad.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.app.export.RecordJson;
import dev.dyad.app.profile.ProfileJson;
import dev.dyad.core.gazetteer.Country;
import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.profile.CountryNames;
import dev.dyad.core.profile.DateRange;
import dev.dyad.core.profile.DyadIndex;
import dev.dyad.core.profile.DyadProfile;
import dev.dyad.core.profile.EventQuery;
import dev.dyad.core.profile.ProfileBuilder;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.List;

/**
 * The answers of the JSON API over one resolved knowledge base, as JSON trees: the pairs with
 * their counts, a pair's profile, events by country, type and date, and an article with its
 * evidence spans. Bad parameters and unknown ids are {@link ApiError}s. Read-only and safe for
 * concurrent requests: the knowledge is immutable.
 */
final class DyadApi {
  private final ResolvedKnowledge k;
  private final Gazetteer gazetteer;
  private final ObjectMapper mapper;
  private final RecordJson json;
  private final ProfileJson profiles;
  private final RequestParams params;
  private final ProfileBuilder builder;
  private final List<DyadIndex.DyadSummary> dyads;

  DyadApi(ResolvedKnowledge k, Gazetteer gazetteer, ObjectMapper mapper) {
    this.k = k;
    this.gazetteer = gazetteer;
    this.mapper = mapper;
    this.json = new RecordJson(mapper);
    this.profiles = new ProfileJson(mapper);
    this.params = new RequestParams(new CountryNames(gazetteer));
    this.builder = new ProfileBuilder(gazetteer);
    this.dyads = DyadIndex.of(k);
  }

  ArrayNode dyads() {
    ArrayNode out = mapper.createArrayNode();
    for (DyadIndex.DyadSummary d : dyads) {
      ObjectNode n = out.addObject();
      n.put("pair", d.key());
      n.put("a", d.a());
      n.put("b", d.b());
      n.put("name_a", name(d.a()));
      n.put("name_b", name(d.b()));
      n.put("events", d.events());
      n.put("mechanisms", d.mechanisms());
      n.put("agreements", d.agreements());
      n.put("figures", d.figures());
      n.put("claims", d.claims());
      n.put("articles", d.articles());
      n.put("latest", d.latest().map(Object::toString).orElse(null));
    }
    return out;
  }

  /** 404 when the knowledge base has nothing on the pair at all. */
  ObjectNode profile(String pair, String from, String to) {
    List<Country> countries = params.pair(pair);
    DateRange range = RequestParams.range(from, to);
    DyadProfile all = builder.build(k, countries.get(0).iso3(), countries.get(1).iso3(), DateRange.ALL);
    if (all.isEmpty()) {
      throw ApiError.notFound("no records on the pair " + all.key());
    }
    return profiles.render(range.bounded() ? builder.build(k, all.a(), all.b(), range) : all);
  }

  ArrayNode events(String country, String type, String from, String to) {
    EventQuery q = new EventQuery(params.country(country), RequestParams.type(type), RequestParams.range(from, to));
    ArrayNode out = mapper.createArrayNode();
    q.select(k).forEach(i -> {
      ObjectNode n = json.event("e" + (i + 1), k.events().get(i));
      Integer m = k.eventMechanism().get(i);
      n.put("mechanism_id", m == null ? null : "m" + (m + 1));
      out.add(n);
    });
    return out;
  }

  ObjectNode article(String id) {
    CleanArticle a = k.article(id).orElseThrow(() -> ApiError.notFound("no article with id '" + id + "'"));
    ObjectNode n = mapper.createObjectNode();
    n.put("id", a.article().id());
    n.put("title", a.title().orElse(null));
    n.put("source", a.article().source());
    n.put("published", a.article().published().map(Object::toString).orElse(null));
    n.put("text", a.article().text());
    ArrayNode spans = n.putArray("spans");
    for (ArticleSpans.Span s : ArticleSpans.of(k, id)) {
      ObjectNode sn = spans.addObject();
      sn.put("start", s.start());
      sn.put("end", s.end());
      sn.put("text", s.text());
      ArrayNode records = sn.putArray("records");
      s.records().forEach(records::add);
    }
    return n;
  }

  private String name(String iso3) {
    return gazetteer.countryByCode(iso3).map(Country::name).orElse(iso3);
  }
}
