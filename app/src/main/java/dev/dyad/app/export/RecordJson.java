package dev.dyad.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.OfficeHolding;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.Statistic;
import dev.dyad.core.resolve.FactMergers;
import java.util.List;
import java.util.Optional;

/** Renders Dyad's records as the JSON objects of the export format (FORMAT.md). */
public final class RecordJson {
  private final ObjectMapper mapper;

  public RecordJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ObjectNode event(String id, Event e) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", id);
    n.put("type", e.type().name());
    n.put("subtype", e.subtype().orElse(null));
    ArrayNode countries = n.putArray("countries");
    e.countries().forEach(countries::add);
    n.put("source", e.source().orElse(null));
    n.put("target", e.target().orElse(null));
    ArrayNode participants = n.putArray("participants");
    for (Participant p : e.participants()) {
      ObjectNode pn = participants.addObject();
      pn.put("name", p.name());
      pn.put("country", p.country().orElse(null));
      pn.put("office", p.office().orElse(null));
    }
    n.put("start", e.start().map(Object::toString).orElse(null));
    n.put("end", e.end().map(Object::toString).orElse(null));
    if (e.place().isPresent()) {
      ObjectNode place = n.putObject("place");
      place.put("city", e.place().get().city().orElse(null));
      place.put("country", e.place().get().country().orElse(null));
    } else {
      n.putNull("place");
    }
    n.put("status", e.status().key());
    n.put("mechanism", e.mechanism().orElse(null));
    if (e.ordinal().isPresent()) {
      n.put("ordinal", e.ordinal().get());
    } else {
      n.putNull("ordinal");
    }
    n.set("evidence", evidence(e.evidence()));
    return n;
  }

  public ObjectNode person(Person p) {
    ObjectNode n = mapper.createObjectNode();
    n.put("name", p.name());
    ArrayNode aliases = n.putArray("aliases");
    p.aliases().forEach(aliases::add);
    n.put("country", p.country().orElse(null));
    ArrayNode offices = n.putArray("offices");
    for (OfficeHolding o : p.offices()) {
      ObjectNode on = offices.addObject();
      on.put("office", o.office());
      on.put("as_of", o.asOf().map(Object::toString).orElse(null));
      on.put("former", o.former());
    }
    n.set("evidence", evidence(p.evidence()));
    return n;
  }

  public ObjectNode mechanism(String id, Mechanism m, List<String> sessions) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", id);
    countries(n, m.countries());
    n.put("name", m.name());
    n.put("level", m.level().orElse(null));
    ArrayNode s = n.putArray("sessions");
    sessions.forEach(s::add);
    n.set("evidence", evidence(m.evidence()));
    return n;
  }

  public ObjectNode agreement(String id, Agreement a) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", id);
    countries(n, a.countries());
    n.put("title", a.title());
    n.put("kind", a.kind().orElse(null));
    ArrayNode parties = n.putArray("parties");
    a.parties().forEach(parties::add);
    n.put("signed", orNull(a.signed()));
    n.put("effective", orNull(a.effective()));
    n.set("evidence", evidence(a.evidence()));
    return n;
  }

  public ObjectNode statistic(Statistic s) {
    ObjectNode n = mapper.createObjectNode();
    countries(n, s.countries());
    n.put("metric", s.metric());
    n.put("value", s.value());
    n.put("unit", s.unit());
    n.put("period", s.period());
    n.set("evidence", evidence(s.evidence()));
    return n;
  }

  /** One value: {kind, value}; several: {kind, conflict: true, values: [{value, article, as_of}]}. */
  public ObjectNode claim(FactMergers.ClaimGroup g) {
    ObjectNode n = mapper.createObjectNode();
    countries(n, g.countries());
    n.put("kind", g.kind());
    if (g.conflict()) {
      n.put("conflict", true);
      ArrayNode values = n.putArray("values");
      for (Claim c : g.claims()) {
        ObjectNode v = values.addObject();
        v.put("value", c.value());
        v.put("article", c.evidence().isEmpty() ? null : c.evidence().get(0).article());
        v.put("as_of", orNull(c.asOf()));
      }
    } else {
      n.put("value", g.values().get(0));
    }
    List<Evidence> all = g.claims().stream().flatMap(c -> c.evidence().stream()).distinct().toList();
    n.set("evidence", evidence(all));
    return n;
  }

  private void countries(ObjectNode n, List<String> countries) {
    ArrayNode c = n.putArray("countries");
    countries.forEach(c::add);
  }

  public ArrayNode evidence(java.util.List<Evidence> evidence) {
    ArrayNode out = mapper.createArrayNode();
    for (Evidence ev : evidence) {
      ObjectNode en = out.addObject();
      en.put("article", ev.article());
      en.put("start", ev.start());
      en.put("end", ev.end());
      en.put("text", ev.text());
    }
    return out;
  }

  static String orNull(Optional<?> o) {
    return o.map(Object::toString).orElse(null);
  }
}
