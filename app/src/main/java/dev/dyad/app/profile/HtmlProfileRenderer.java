package dev.dyad.app.profile;

import static dev.dyad.app.profile.Html.escape;
import static dev.dyad.app.profile.ProfileText.date;
import static dev.dyad.app.profile.ProfileText.label;

import dev.dyad.core.model.Evidence;
import dev.dyad.core.profile.DyadProfile;
import dev.dyad.core.profile.DyadProfile.ClaimValue;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders a profile as one static HTML page (no script, styles inline in the head): the sections
 * of the brief as tables, each row with links to its numbered sources, and the evidence sentences
 * under each timeline entry. Every piece of text is escaped.
 */
public final class HtmlProfileRenderer {

  public String render(DyadProfile p) {
    StringBuilder out = new StringBuilder(8192);
    String title = escape(p.nameA() + " – " + p.nameB() + " (" + p.a() + "–" + p.b() + ")");
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
        .append("<title>").append(title).append("</title><style>")
        .append("body{font-family:system-ui,sans-serif;max-width:70em;margin:auto;padding:1em}")
        .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}")
        .append("blockquote{margin:.2em 0 .2em 1em;color:#444;font-size:.9em}.conflict{background:#fde2e1}")
        .append("</style></head><body>\n<h1>").append(title).append("</h1>\n<p>Profile built from ")
        .append(p.sources().size()).append(" article(s). Numbers in brackets are the sources listed at the end.</p>\n");
    out.append("<h2>Overview</h2>\n<ul>");
    out.append("<li>Diplomatic relations established: ").append(p.overview().established().isEmpty() ? "not stated in the sources"
        : p.overview().established().stream().map(HtmlProfileRenderer::claim).collect(Collectors.joining("; "))).append("</li>");
    p.overview().latestContact().ifPresent(t -> out.append("<li>Latest contact: ").append(event(t)).append("</li>"));
    p.overview().highestVisits().forEach(t -> out.append("<li>Highest-level visit ")
        .append(escape(t.event().source().orElse("?") + " → " + t.event().target().orElse("?"))).append(": ")
        .append(event(t)).append("</li>"));
    out.append("</ul>\n");
    table(out, null, List.of("Type", "Year", "Events", "Sources"), p.overview().counts(), c -> List.of(
        escape(c.type().name()), c.year().map(String::valueOf).orElse("undated"), String.valueOf(c.count()), refs(c.refs())));
    table(out, "Timeline", List.of("Date", "Event", "Participants", "Place", "Status", "Sources and evidence"), p.timeline(),
        t -> List.of(escape(ProfileText.when(t.event())), escape(ProfileText.kind(t.event())) + " <small>" + t.id() + "</small>",
            escape(ProfileText.participants(t.event().participants())), escape(ProfileText.place(t.event().place())),
            t.event().status().key(), refs(t.refs()) + quotes(t.event().evidence())));
    table(out, "Mechanisms", List.of("Mechanism", "Level", "Sessions", "Sources"), p.mechanisms(), m -> List.of(
        escape(m.mechanism().name()), escape(m.mechanism().level().orElse("")), escape(String.join(", ", m.sessions())), refs(m.refs())));
    table(out, "Agreements", List.of("Agreement", "Kind", "Parties", "Signed", "Effective", "Sources"), p.agreements(),
        a -> List.of(escape(a.agreement().title()), escape(a.agreement().kind().orElse("")),
            escape(String.join(", ", a.agreement().parties())), date(a.agreement().signed()), date(a.agreement().effective()),
            refs(a.refs())));
    table(out, "Trade and other figures", List.of("Figure", "Value", "Period", "Sources"), p.figures(), f -> List.of(
        escape(label(f.statistic().metric())), escape(ProfileText.figure(f.statistic())), escape(f.statistic().period()),
        refs(f.refs())));
    p.facts().forEach(f -> out.append("<p>").append(escape(label(f.kind()))).append(": ").append(claim(f.value())).append("</p>\n"));
    table(out, "Locality partnerships", List.of("Parties", "Partnership", "Sources"), p.localities(), l -> List.of(
        escape(String.join(" – ", l.parties())), escape(l.description()), refs(l.refs())));
    table(out, "Officials", List.of("Name", "Country", "Offices", "Sources"), p.officials(), o -> List.of(
        escape(o.person().name()), escape(o.person().country().orElse("")),
        escape(ProfileText.offices(o.person().offices())), refs(o.refs())));
    out.append("<h2>Conflicting claims</h2>\n");
    if (p.conflicts().isEmpty()) {
      out.append("<p>None in the sources.</p>\n");
    }
    p.conflicts().forEach(c -> out.append("<div class=\"conflict\"><strong>").append(escape(label(c.kind())))
        .append("</strong>: ").append(c.values().stream().map(HtmlProfileRenderer::claim).collect(Collectors.joining(" <em>vs</em> ")))
        .append("</div>\n"));
    out.append("<h2>Sources</h2>\n<ol>");
    p.sources().forEach(s -> out.append("<li id=\"s").append(s.number()).append("\">").append(escape(s.title().orElse("(untitled)")))
        .append(" — ").append(escape(s.outlet().orElse("outlet unknown"))).append(" — ").append(date(s.published()))
        .append(" — ").append(link(s.location())).append("</li>"));
    return out.append("</ol>\n</body></html>\n").toString();
  }

  private static <T> void table(StringBuilder out, String title, List<String> head, List<T> rows, Function<T, List<String>> cells) {
    if (title != null) {
      out.append("<h2>").append(escape(title)).append("</h2>\n");
    }
    if (rows.isEmpty()) {
      out.append(title == null ? "" : "<p>None in the sources.</p>\n");
      return;
    }
    out.append("<table><tr>");
    head.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
    out.append("</tr>\n");
    for (T row : rows) {
      out.append("<tr>");
      cells.apply(row).forEach(c -> out.append("<td>").append(c).append("</td>"));
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  private static String event(DyadProfile.TimelineEntry t) {
    return escape(ProfileText.when(t.event()) + " — " + ProfileText.kind(t.event()) + " — "
        + ProfileText.participants(t.event().participants())) + " " + refs(t.refs());
  }

  private static String claim(ClaimValue v) {
    return "&ldquo;" + escape(v.value()) + "&rdquo; (" + v.asOf().map(d -> "as of " + d).orElse("not dated") + ") " + refs(v.refs());
  }

  private static String quotes(List<Evidence> evidence) {
    return evidence.stream().map(e -> "<blockquote>" + escape(e.text()) + "</blockquote>").collect(Collectors.joining());
  }

  private static String refs(List<Integer> refs) {
    return refs.stream().map(n -> "<a href=\"#s" + n + "\">[" + n + "]</a>").collect(Collectors.joining());
  }

  /** A web address as a link (http and https only); anything else, such as a path, as text. */
  private static String link(String location) {
    String lower = location.strip().toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return "<a href=\"" + escape(location.strip()) + "\" rel=\"noopener noreferrer\">" + escape(location) + "</a>";
    }
    return "<code>" + escape(location) + "</code>";
  }
}
