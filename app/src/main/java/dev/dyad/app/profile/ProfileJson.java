package dev.dyad.app.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.app.export.RecordJson;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.profile.DyadProfile;
import dev.dyad.core.profile.DyadProfile.ClaimValue;
import java.util.List;
import java.util.Optional;

/**
 * Renders a profile as JSON: the export format's objects for events, mechanisms, agreements,
 * figures and people ({@link RecordJson}), each with a {@code refs} array of source numbers, and
 * the sections of the brief around them.
 */
public final class ProfileJson {
  private final ObjectMapper mapper;
  private final RecordJson json;

  public ProfileJson(ObjectMapper mapper) {
    this.mapper = mapper;
    this.json = new RecordJson(mapper);
  }

  public ObjectNode render(DyadProfile p) {
    ObjectNode root = mapper.createObjectNode();
    root.put("pair", p.key());
    root.put("a", p.a());
    root.put("b", p.b());
    root.put("name_a", p.nameA());
    root.put("name_b", p.nameB());
    root.put("from", date(p.range().from()));
    root.put("to", date(p.range().to()));
    ObjectNode overview = root.putObject("overview");
    ArrayNode established = overview.putArray("relations_established");
    p.overview().established().forEach(v -> established.add(claim(v)));
    ArrayNode counts = overview.putArray("event_counts");
    p.overview().counts().forEach(c -> {
      ObjectNode n = counts.addObject();
      n.put("type", c.type().name());
      if (c.year().isPresent()) {
        n.put("year", c.year().get());
      } else {
        n.putNull("year");
      }
      n.put("count", c.count());
      refs(n, c.refs());
    });
    overview.put("latest_contact", p.overview().latestContact().map(DyadProfile.TimelineEntry::id).orElse(null));
    ArrayNode visits = overview.putArray("highest_visits");
    p.overview().highestVisits().forEach(t -> visits.add(t.id()));
    ArrayNode timeline = root.putArray("timeline");
    p.timeline().forEach(t -> timeline.add(refs(json.event(t.id(), t.event()), t.refs())));
    ArrayNode mechanisms = root.putArray("mechanisms");
    p.mechanisms().forEach(m -> mechanisms.add(refs(json.mechanism(m.id(), m.mechanism(), m.sessions()), m.refs())));
    ArrayNode agreements = root.putArray("agreements");
    p.agreements().forEach(a -> agreements.add(refs(json.agreement(a.id(), a.agreement()), a.refs())));
    ArrayNode figures = root.putArray("figures");
    p.figures().forEach(f -> figures.add(refs(json.statistic(f.statistic()), f.refs())));
    ArrayNode facts = root.putArray("facts");
    p.facts().forEach(f -> facts.addObject().put("kind", f.kind()).set("value", claim(f.value())));
    ArrayNode localities = root.putArray("localities");
    p.localities().forEach(l -> {
      ObjectNode n = localities.addObject();
      ArrayNode parties = n.putArray("parties");
      l.parties().forEach(parties::add);
      n.put("description", l.description());
      refs(n, l.refs());
      n.set("evidence", json.evidence(l.evidence()));
    });
    ArrayNode officials = root.putArray("officials");
    p.officials().forEach(o -> officials.add(refs(json.person(o.person()), o.refs())));
    ArrayNode conflicts = root.putArray("conflicts");
    p.conflicts().forEach(c -> {
      ObjectNode n = conflicts.addObject();
      n.put("kind", c.kind());
      ArrayNode values = n.putArray("values");
      c.values().forEach(v -> values.add(claim(v)));
    });
    ArrayNode sources = root.putArray("sources");
    p.sources().forEach(s -> {
      ObjectNode n = sources.addObject();
      n.put("number", s.number());
      n.put("article", s.article());
      n.put("title", s.title().orElse(null));
      n.put("outlet", s.outlet().orElse(null));
      n.put("published", date(s.published()));
      n.put("location", s.location());
    });
    return root;
  }

  private ObjectNode claim(ClaimValue v) {
    ObjectNode n = mapper.createObjectNode();
    n.put("value", v.value());
    n.put("as_of", date(v.asOf()));
    refs(n, v.refs());
    n.set("evidence", json.evidence(v.evidence()));
    return n;
  }

  private static ObjectNode refs(ObjectNode n, List<Integer> refs) {
    ArrayNode a = n.putArray("refs");
    refs.forEach(a::add);
    return n;
  }

  private static String date(Optional<PartialDate> d) {
    return d.map(PartialDate::toString).orElse(null);
  }
}
