package dev.dyad.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.core.kb.KnowledgeBase;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LineLabel;
import dev.dyad.core.resolve.ResolvedKnowledge;
import dev.dyad.core.resolve.Resolver;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes the knowledge base as one JSON object in the export format of the evaluation
 * (articles with their line labels, then one list per record kind).
 */
public final class JsonExporter {

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final RecordJson json = new RecordJson(mapper);

  public void write(KnowledgeBase kb, OutputStream out) throws IOException {
    write(Resolver.resolve(kb.articles(), kb.records()), out);
  }

  public void write(ResolvedKnowledge k, OutputStream out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode articles = root.putArray("articles");
    k.articles().forEach(a -> articles.add(article(a)));
    ArrayNode events = root.putArray("events");
    for (int i = 0; i < k.events().size(); i++) {
      ObjectNode n = json.event(RecordIds.event(i), k.events().get(i));
      Integer m = k.eventMechanism().get(i);
      n.put("mechanism", m == null ? null : RecordIds.mechanism(m));
      n.put("agreement", k.agreementOf(k.events().get(i)).map(RecordIds::agreement).orElse(null));
      events.add(n);
    }
    ArrayNode people = root.putArray("people");
    k.people().forEach(p -> people.add(json.person(p)));
    ArrayNode mechanisms = root.putArray("mechanisms");
    for (int i = 0; i < k.mechanisms().size(); i++) {
      List<String> sessions = k.sessionsOf(i).stream().map(RecordIds::event).toList();
      mechanisms.add(json.mechanism(RecordIds.mechanism(i), k.mechanisms().get(i), sessions));
    }
    ArrayNode agreements = root.putArray("agreements");
    for (int i = 0; i < k.agreements().size(); i++) {
      agreements.add(json.agreement(RecordIds.agreement(i), k.agreements().get(i)));
    }
    ArrayNode statistics = root.putArray("statistics");
    k.statistics().forEach(s -> statistics.add(json.statistic(s)));
    ArrayNode claims = root.putArray("claims");
    k.claims().forEach(c -> claims.add(json.claim(c)));
    mapper.writeValue(out, root);
  }

  private ObjectNode article(CleanArticle a) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", a.article().id());
    node.put("source", a.article().source());
    node.put("published", a.article().published().map(Object::toString).orElse(null));
    node.put("title", a.title().orElse(null));
    ObjectNode lines = node.putObject("lines");
    for (Map.Entry<LineLabel, List<Integer>> e : a.linesByLabel().entrySet()) {
      ArrayNode numbers = lines.putArray(e.getKey().key());
      e.getValue().forEach(numbers::add);
    }
    return node;
  }
}
