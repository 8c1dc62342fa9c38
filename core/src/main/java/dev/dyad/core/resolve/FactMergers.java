package dev.dyad.core.resolve;

import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.Statistic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the mechanisms, agreements, statistics and claims of many articles: one mechanism however
 * its name is worded ({@link NameKey}), one agreement per title, one statistic per figure, and one
 * claim group per kind and pair whose differing values are kept side by side as a conflict.
 */
public final class FactMergers {
  private static final double SAME_TITLE = 0.5;

  private FactMergers() {}

  /** The claims of one kind about one pair: one value, or several in conflict. */
  public record ClaimGroup(String kind, List<String> countries, List<Claim> claims) {
    public ClaimGroup {
      claims = List.copyOf(claims);
    }

    /** The distinct values, in order of first report. */
    public List<String> values() {
      return claims.stream().map(Claim::value).distinct().toList();
    }

    public boolean conflict() {
      return values().size() > 1;
    }
  }

  public static List<Mechanism> mechanisms(List<Mechanism> all) {
    Map<String, Mechanism> out = new LinkedHashMap<>();
    for (Mechanism m : all) {
      out.merge(m.countries() + NameKey.of(m.name()), m, (a, b) -> new Mechanism(
          a.name().length() >= b.name().length() ? a.name() : b.name(), a.countries(), a.level().or(b::level),
          union(a.evidence(), b.evidence())));
    }
    return List.copyOf(out.values());
  }

  public static List<Agreement> agreements(List<Agreement> all) {
    List<Agreement> out = new ArrayList<>();
    for (Agreement g : all) {
      int same = -1;
      for (int i = 0; i < out.size() && same < 0; i++) {
        Agreement o = out.get(i);
        if (o.countries().equals(g.countries()) && (o.kind().isPresent() && o.kind().equals(g.kind())
            && o.kind().get().contains("free_trade") || similar(o.title(), g.title()))) {
          same = i;
        }
      }
      if (same < 0) {
        out.add(g);
      } else {
        Agreement a = out.get(same);
        Set<String> parties = new LinkedHashSet<>(a.parties());
        parties.addAll(g.parties());
        out.set(same, new Agreement(a.title().length() >= g.title().length() ? a.title() : g.title(),
            a.kind().or(g::kind), a.countries(), List.copyOf(parties), a.signed().or(g::signed),
            a.effective().or(g::effective), union(a.evidence(), g.evidence())));
      }
    }
    return out;
  }

  public static List<Statistic> statistics(List<Statistic> all) {
    Map<String, Statistic> out = new LinkedHashMap<>();
    for (Statistic s : all) {
      out.merge(s.countries() + s.metric() + s.unit() + s.period() + Math.round(s.value()), s,
          (a, b) -> new Statistic(a.metric(), a.countries(), a.value(), a.unit(), a.period(), union(a.evidence(), b.evidence())));
    }
    return List.copyOf(out.values());
  }

  public static List<ClaimGroup> claims(List<Claim> all) {
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim c : all) {
      groups.computeIfAbsent(c.kind() + c.countries(), k -> new ArrayList<>()).add(c);
    }
    List<ClaimGroup> out = new ArrayList<>();
    groups.values().forEach(g -> out.add(new ClaimGroup(g.get(0).kind(), g.get(0).countries(), g)));
    return out;
  }

  /** Two titles of one agreement: most of their key words shared ("MoU on culture" / "culture MoU"). */
  public static boolean similar(String a, String b) {
    Set<String> x = new HashSet<>(List.of(NameKey.of(a).split(" ")));
    Set<String> y = new HashSet<>(List.of(NameKey.of(b).split(" ")));
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return x.size() >= SAME_TITLE * union.size();
  }

  private static List<Evidence> union(List<Evidence> a, List<Evidence> b) {
    Set<Evidence> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
