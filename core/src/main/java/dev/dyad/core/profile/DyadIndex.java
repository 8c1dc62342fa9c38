package dev.dyad.core.profile;

import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The country pairs a knowledge base knows, each with how many events, mechanisms, agreements,
 * figures and claims it has, from how many articles, and the date of its latest dated event.
 * Ordered by number of events, most first, then by pair.
 */
public final class DyadIndex {
  private DyadIndex() {}

  /** One pair's counts; {@code a} and {@code b} are ISO alpha-3, sorted. */
  public record DyadSummary(String a, String b, int events, int mechanisms, int agreements, int figures,
      int claims, int articles, Optional<PartialDate> latest) {
    public String key() {
      return a + "-" + b;
    }
  }

  public static List<DyadSummary> of(ResolvedKnowledge k) {
    Map<String, Tally> tallies = new TreeMap<>();
    k.events().forEach(e -> tally(tallies, e.countries(), e.evidence()).event(e.start()));
    k.mechanisms().forEach(m -> tally(tallies, m.countries(), m.evidence()).counts[1]++);
    k.agreements().forEach(g -> tally(tallies, g.countries(), g.evidence()).counts[2]++);
    k.statistics().forEach(s -> tally(tallies, s.countries(), s.evidence()).counts[3]++);
    k.claims().forEach(g -> g.claims().forEach(c -> tally(tallies, c.countries(), c.evidence())));
    k.claims().forEach(g -> tallies.get(String.join("-", g.countries())).counts[4]++);
    List<DyadSummary> out = new ArrayList<>();
    tallies.forEach((key, t) -> out.add(new DyadSummary(key.substring(0, 3), key.substring(4), t.counts[0],
        t.counts[1], t.counts[2], t.counts[3], t.counts[4], t.articles.size(), Optional.ofNullable(t.latest))));
    out.sort(Comparator.comparingInt(DyadSummary::events).reversed().thenComparing(DyadSummary::key));
    return out;
  }

  private static Tally tally(Map<String, Tally> tallies, List<String> countries, List<Evidence> evidence) {
    Tally t = tallies.computeIfAbsent(String.join("-", countries), x -> new Tally());
    evidence.forEach(e -> t.articles.add(e.article()));
    return t;
  }

  /** Running counts of one pair: events, mechanisms, agreements, figures, claims. */
  private static final class Tally {
    final int[] counts = new int[5];
    final Set<String> articles = new HashSet<>();
    PartialDate latest;

    void event(Optional<PartialDate> date) {
      counts[0]++;
      date.ifPresent(d -> latest = latest == null || d.compareTo(latest) > 0 ? d : latest);
    }
  }
}
