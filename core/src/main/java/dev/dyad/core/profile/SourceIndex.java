package dev.dyad.core.profile;

import dev.dyad.core.model.Article;
import dev.dyad.core.model.CleanArticle;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.profile.DyadProfile.Source;
import dev.dyad.core.resolve.ResolvedKnowledge;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The numbered references of a profile: the articles it cites, numbered from 1 oldest first (by
 * publication date, undated last, then id), and the numbers a piece of evidence points to.
 */
final class SourceIndex {
  private final List<Source> sources = new ArrayList<>();
  private final Map<String, Integer> numbers = new HashMap<>();

  SourceIndex(ResolvedKnowledge k, Collection<String> cited) {
    List<CleanArticle> articles = k.articles().stream()
        .filter(a -> cited.contains(a.article().id()))
        .sorted(Comparator.comparing((CleanArticle a) -> a.article().published().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.article().id()))
        .toList();
    for (CleanArticle a : articles) {
      int n = sources.size() + 1;
      Article art = a.article();
      sources.add(new Source(n, art.id(), a.title(), outlet(art.source()), art.published(), art.source()));
      numbers.put(art.id(), n);
    }
  }

  List<Source> sources() {
    return List.copyOf(sources);
  }

  /** The distinct source numbers of some evidence, ascending; evidence from unknown articles is skipped. */
  List<Integer> refs(Collection<Evidence> evidence) {
    return evidence.stream().map(e -> numbers.get(e.article())).filter(n -> n != null).distinct().sorted().toList();
  }

  /** The host of a web address without "www." ("vietnamplus.vn"); empty for a file path. */
  static Optional<String> outlet(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return Optional.empty();
    }
    try {
      String host = URI.create(location.strip()).getHost();
      return Optional.ofNullable(host).map(h -> h.startsWith("www.") ? h.substring(4) : h);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a malformed address is shown as it is, without an outlet
    }
  }
}
