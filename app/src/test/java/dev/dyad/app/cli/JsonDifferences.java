package dev.dyad.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The places where two JSON trees differ, as JSON Pointers with both values, so that a test
 * comparing two large exports fails with a short, readable list instead of two whole documents.
 */
final class JsonDifferences {
  private static final int SHOWN = 160;

  private JsonDifferences() {}

  /** Differences of {@code actual} from {@code expected}: "/events/1/start: 2023-12 ≠ 2023-12-06". */
  static List<String> between(JsonNode actual, JsonNode expected) {
    List<String> out = new ArrayList<>();
    collect("", actual, expected, out);
    return out;
  }

  private static void collect(String at, JsonNode a, JsonNode e, List<String> out) {
    if (a != null && e != null && a.isObject() && e.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      e.fieldNames().forEachRemaining(names::add);
      names.forEach(n -> collect(at + "/" + n, a.get(n), e.get(n), out));
    } else if (a != null && e != null && a.isArray() && e.isArray()) {
      for (int i = 0; i < Math.max(a.size(), e.size()); i++) {
        collect(at + "/" + i, a.get(i), e.get(i), out);
      }
    } else if (a == null || !a.equals(e)) {
      out.add(at + ": " + shown(a) + " ≠ expected " + shown(e));
    }
  }

  private static String shown(JsonNode n) {
    String s = n == null ? "(absent)" : n.toString();
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
  }
}
