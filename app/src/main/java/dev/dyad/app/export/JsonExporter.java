package dev.dyad.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.core.kb.KnowledgeBase;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.Person;
import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.resolve.EventMerger;
import dev.dyad.core.resolve.FactMergers;
import dev.dyad.core.resolve.Mechanisms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.function.Function;
import dev.dyad.core.resolve.PeopleMerger;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.LineLabel;
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
    ObjectNode root = mapper.createObjectNode();
    ArrayNode articles = root.putArray("articles");
    for (CleanArticle a : kb.articles()) {
      articles.add(article(a));
    }
    List<ArticleRecords> records = kb.records();
    List<Event> events = EventMerger.merge(all(records, ArticleRecords::events));
    List<Mechanism> mechanisms = FactMergers.mechanisms(all(records, ArticleRecords::mechanisms));
    Map<Integer, String> mechanismOfEvent = new HashMap<>();
    Map<Integer, List<String>> sessions = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      int event = i;
      Mechanisms.sessionOf(events.get(i), mechanisms).ifPresent(m -> {
        mechanismOfEvent.put(event, "m" + (m + 1));
        sessions.computeIfAbsent(m, k -> new ArrayList<>()).add("e" + (event + 1));
      });
    }
    ArrayNode eventNodes = root.putArray("events");
    for (int i = 0; i < events.size(); i++) {
      ObjectNode n = json.event("e" + (i + 1), events.get(i));
      n.put("mechanism", mechanismOfEvent.get(i));
      eventNodes.add(n);
    }
    ArrayNode people = root.putArray("people");
    PeopleMerger.merge(all(records, ArticleRecords::people)).forEach(p -> people.add(json.person(p)));
    ArrayNode mechanismNodes = root.putArray("mechanisms");
    for (int i = 0; i < mechanisms.size(); i++) {
      mechanismNodes.add(json.mechanism("m" + (i + 1), mechanisms.get(i), sessions.getOrDefault(i, List.of())));
    }
    ArrayNode agreements = root.putArray("agreements");
    List<Agreement> merged = FactMergers.agreements(all(records, ArticleRecords::agreements));
    for (int i = 0; i < merged.size(); i++) {
      agreements.add(json.agreement("a" + (i + 1), merged.get(i)));
    }
    ArrayNode statistics = root.putArray("statistics");
    FactMergers.statistics(all(records, ArticleRecords::statistics)).forEach(s -> statistics.add(json.statistic(s)));
    ArrayNode claims = root.putArray("claims");
    FactMergers.claims(all(records, ArticleRecords::claims)).forEach(c -> claims.add(json.claim(c)));
    mapper.writeValue(out, root);
  }

  private static <T> List<T> all(List<ArticleRecords> records, Function<ArticleRecords, List<T>> kind) {
    return records.stream().flatMap(r -> kind.apply(r).stream()).toList();
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
