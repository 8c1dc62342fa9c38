package dev.dyad.app.profile;

import dev.dyad.core.model.Event;
import dev.dyad.core.model.OfficeHolding;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.model.Participant;
import dev.dyad.core.model.Place;
import dev.dyad.core.model.Statistic;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plain-text phrases the profile renderers share (a date, a participant, an event's one-line
 * description), unescaped: each renderer escapes them for its own format.
 */
final class ProfileText {
  private ProfileText() {}

  static String date(Optional<PartialDate> d) {
    return d.map(PartialDate::toString).orElse("undated");
  }

  /** "2023-12-08" or "2023-12-08 to 2023-12-10". */
  static String when(Event e) {
    String start = date(e.start());
    return e.end().filter(x -> !e.start().equals(Optional.of(x))).map(x -> start + " to " + x).orElse(start);
  }

  static String participant(Participant p) {
    String about = String.join(", ", concat(p.country(), p.office()));
    return about.isEmpty() ? p.name() : p.name() + " (" + about + ")";
  }

  static String participants(List<Participant> ps) {
    return ps.isEmpty() ? "participants not named" : ps.stream().map(ProfileText::participant).collect(Collectors.joining("; "));
  }

  static String place(Optional<Place> place) {
    return place.map(p -> String.join(", ", concat(p.city(), p.country()))).filter(s -> !s.isEmpty()).orElse("place not stated");
  }

  /** "VISIT (official), BLR → VNM". */
  static String kind(Event e) {
    StringBuilder b = new StringBuilder(e.type().name());
    e.subtype().ifPresent(s -> b.append(" (").append(s).append(')'));
    if (e.source().isPresent() && e.target().isPresent()) {
      b.append(", ").append(e.source().get()).append(" → ").append(e.target().get());
    }
    e.ordinal().ifPresent(o -> b.append(", session ").append(o));
    return b.toString();
  }

  /** "Prime Minister (as of 2023-12, 2025-04; formerly, as of 2025-05)": one entry per office. */
  static String offices(List<OfficeHolding> holdings) {
    if (holdings.isEmpty()) {
      return "office not stated";
    }
    java.util.Map<String, List<OfficeHolding>> byOffice = new java.util.LinkedHashMap<>();
    holdings.forEach(h -> byOffice.computeIfAbsent(h.office(), k -> new java.util.ArrayList<>()).add(h));
    return byOffice.entrySet().stream().map(e -> e.getKey() + " (" + when(e.getValue(), false)
        + (e.getValue().stream().anyMatch(OfficeHolding::former) ? "; formerly, " + when(e.getValue(), true) : "") + ")")
        .map(s -> s.replace("( ;", "(").replace("(date not stated; formerly", "(formerly"))
        .collect(Collectors.joining("; "));
  }

  private static String when(List<OfficeHolding> holdings, boolean former) {
    List<String> dates = holdings.stream().filter(h -> h.former() == former).flatMap(h -> h.asOf().stream())
        .sorted().distinct().map(PartialDate::toString).toList();
    if (dates.isEmpty()) {
      return holdings.stream().anyMatch(h -> h.former() == former) || !former ? "date not stated" : "";
    }
    return "as of " + String.join(", ", dates);
  }

  /** "150,000,000 USD" or "12.5 %". */
  static String figure(Statistic s) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(s.value()) + " " + s.unit();
  }

  /** "legal_instruments_count" → "legal instruments count". */
  static String label(String key) {
    return key.replace('_', ' ');
  }

  static String refs(List<Integer> refs) {
    return refs.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
  }

  private static List<String> concat(Optional<String> a, Optional<String> b) {
    return java.util.stream.Stream.of(a, b).flatMap(Optional::stream).filter(s -> !s.isBlank()).toList();
  }
}
