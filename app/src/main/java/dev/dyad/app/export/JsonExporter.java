package dev.dyad.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.core.kb.KnowledgeBase;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.Event;
import dev.dyad.core.model.Person;
import dev.dyad.core.resolve.EventMerger;
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
  /** Record kinds of the format, in order; each is a list, empty until its extractor exists. */
  private static final List<String> LATER_KINDS = List.of("mechanisms", "agreements", "statistics", "claims");

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final RecordJson json = new RecordJson(mapper);

  public void write(KnowledgeBase kb, OutputStream out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode articles = root.putArray("articles");
    for (CleanArticle a : kb.articles()) {
      articles.add(article(a));
    }
    List<ArticleRecords> records = kb.records();
    ArrayNode events = root.putArray("events");
    int n = 0;
    for (Event e : EventMerger.merge(records.stream().flatMap(r -> r.events().stream()).toList())) {
      events.add(json.event("e" + ++n, e));
    }
    ArrayNode people = root.putArray("people");
    for (Person p : PeopleMerger.merge(records.stream().flatMap(r -> r.people().stream()).toList())) {
      people.add(json.person(p));
    }
    LATER_KINDS.forEach(root::putArray);
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
