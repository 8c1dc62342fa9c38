package dev.dyad.app.profile;

import static dev.dyad.app.profile.ProfileText.date;
import static dev.dyad.app.profile.ProfileText.label;
import static dev.dyad.app.profile.ProfileText.refs;

import dev.dyad.core.model.Person;
import dev.dyad.core.profile.DyadProfile;
import dev.dyad.core.profile.DyadProfile.ClaimValue;
import dev.dyad.core.profile.DyadProfile.TimelineEntry;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Renders a profile as a Markdown brief: overview, timeline, mechanisms, agreements, figures,
 * locality partnerships, officials, conflicting claims, then the numbered sources every line
 * cites. Text from articles is escaped so it renders as text, never as markup or links.
 */
public final class MarkdownProfileRenderer {

  public String render(DyadProfile p) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(esc(p.nameA())).append(" – ").append(esc(p.nameB()))
        .append(" (").append(p.a()).append("–").append(p.b()).append(")\n\n");
    out.append("Profile built from ").append(p.sources().size()).append(" article(s)");
    if (p.range().bounded()) {
      out.append(", events from ").append(date(p.range().from())).append(" to ").append(date(p.range().to()));
    }
    out.append(". Numbers in brackets are the sources listed at the end.\n");
    overview(p, out);
    section(out, "Timeline", p.timeline(), t -> out.append("- ").append(event(t)).append('\n'));
    section(out, "Mechanisms", p.mechanisms(), m -> out.append("- ").append(esc(m.mechanism().name()))
        .append(m.mechanism().level().map(l -> " (" + esc(l) + ")").orElse(""))
        .append(" — sessions: ").append(m.sessions().isEmpty() ? "none recorded" : String.join(", ", m.sessions()))
        .append(' ').append(refs(m.refs())).append('\n'));
    section(out, "Agreements", p.agreements(), a -> out.append("- ").append(esc(a.agreement().title()))
        .append(a.agreement().kind().map(k -> " (" + esc(k) + ")").orElse(""))
        .append(a.agreement().parties().isEmpty() ? "" : " — parties: " + esc(String.join(", ", a.agreement().parties())))
        .append(" — signed ").append(date(a.agreement().signed())).append(", effective ").append(date(a.agreement().effective()))
        .append(' ').append(refs(a.refs())).append('\n'));
    section(out, "Trade and other figures", concat(p.figures(), p.facts()), o -> {
      if (o instanceof DyadProfile.FigureEntry f) {
        out.append("- ").append(esc(label(f.statistic().metric()))).append(": ").append(esc(ProfileText.figure(f.statistic())))
            .append(", period ").append(esc(f.statistic().period())).append(' ').append(refs(f.refs())).append('\n');
      } else if (o instanceof DyadProfile.FactEntry f) {
        out.append("- ").append(esc(label(f.kind()))).append(": ").append(claim(f.value())).append('\n');
      }
    });
    section(out, "Locality partnerships", p.localities(), l -> out.append("- ")
        .append(l.parties().isEmpty() ? "" : esc(String.join(" – ", l.parties())) + ": ")
        .append(esc(l.description())).append(' ').append(refs(l.refs())).append('\n'));
    section(out, "Officials", p.officials(), o -> out.append("- ").append(person(o.person()))
        .append(' ').append(refs(o.refs())).append('\n'));
    section(out, "Conflicting claims", p.conflicts(), c -> {
      out.append("- **").append(esc(label(c.kind()))).append("** — the sources disagree:\n");
      c.values().forEach(v -> out.append("  - ").append(claim(v)).append('\n'));
    });
    section(out, "Sources", p.sources(), s -> out.append(s.number()).append(". ")
        .append(esc(s.title().orElse("(untitled)"))).append(" — ").append(esc(s.outlet().orElse("outlet unknown")))
        .append(" — ").append(date(s.published())).append(" — ").append(esc(s.location()))
        .append(" (id ").append(esc(s.article())).append(")\n"));
    return out.toString();
  }

  private static void overview(DyadProfile p, StringBuilder out) {
    out.append("\n## Overview\n\n");
    if (p.isEmpty()) {
      out.append("The knowledge base has nothing on this pair").append(p.range().bounded() ? " in this period" : "").append(".\n");
      return;
    }
    out.append("- Diplomatic relations established: ").append(p.overview().established().isEmpty() ? "not stated in the sources"
        : p.overview().established().stream().map(MarkdownProfileRenderer::claim).collect(Collectors.joining("; "))).append('\n');
    p.overview().latestContact().ifPresent(t -> out.append("- Latest contact: ").append(event(t)).append('\n'));
    p.overview().highestVisits().forEach(t -> out.append("- Highest-level visit ")
        .append(t.event().source().orElse("?")).append(" → ").append(t.event().target().orElse("?")).append(": ")
        .append(event(t)).append('\n'));
    if (!p.overview().counts().isEmpty()) {
      out.append("\n| Type | Year | Events | Sources |\n|---|---|---|---|\n");
      p.overview().counts().forEach(c -> out.append("| ").append(c.type()).append(" | ")
          .append(c.year().map(String::valueOf).orElse("undated")).append(" | ").append(c.count()).append(" | ")
          .append(refs(c.refs())).append(" |\n"));
    }
  }

  /** "2023-12-08 — VISIT (official), BLR → VNM — A (BLR, Prime Minister) — Hanoi, VNM — occurred [1] (e2)". */
  static String event(TimelineEntry t) {
    var e = t.event();
    return "**" + ProfileText.when(e) + "** — " + esc(ProfileText.kind(e)) + " — " + esc(ProfileText.participants(e.participants()))
        + " — " + esc(ProfileText.place(e.place())) + " — " + e.status().key() + " " + refs(t.refs()) + " (" + t.id() + ")";
  }

  private static String claim(ClaimValue v) {
    return "\"" + esc(v.value()) + "\" (" + v.asOf().map(d -> "as of " + d).orElse("not dated") + ") " + refs(v.refs());
  }

  private static String person(Person p) {
    return "**" + esc(p.name()) + "** (" + p.country().orElse("?") + ") — "
        + esc(ProfileText.offices(p.offices()));
  }

  private static <T> void section(StringBuilder out, String title, List<T> items, Consumer<T> line) {
    out.append("\n## ").append(title).append("\n\n");
    if (items.isEmpty()) {
      out.append("None in the sources.\n");
    }
    items.forEach(line);
  }

  private static List<Object> concat(List<?> a, List<?> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).map(o -> (Object) o).toList();
  }

  /**
   * Article text as Markdown text: HTML's {@code & < >} as entities, Markdown's punctuation that
   * could start emphasis, code, links or table cells backslash-escaped, line breaks as spaces.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '#' -> b.append('\\').append(c);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
