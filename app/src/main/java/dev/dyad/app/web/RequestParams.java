package dev.dyad.app.web;

import dev.dyad.core.gazetteer.Country;
import dev.dyad.core.model.EventType;
import dev.dyad.core.model.PartialDate;
import dev.dyad.core.profile.CountryNames;
import dev.dyad.core.profile.DateRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the API's parameters: a pair ("BLR-VNM", "vietnam-belarus", "Guinea-Bissau-Senegal"), a
 * country, an event type and a date range. Anything unreadable is an {@link ApiError} 400 naming
 * the parameter and the form it takes.
 */
final class RequestParams {
  private final CountryNames names;

  RequestParams(CountryNames names) {
    this.names = names;
  }

  /** The two countries of a pair, split at the first hyphen where both sides are countries. */
  List<Country> pair(String pair) {
    for (int i = pair.indexOf('-'); i > 0; i = pair.indexOf('-', i + 1)) {
      Optional<Country> a = names.find(pair.substring(0, i));
      Optional<Country> b = names.find(pair.substring(i + 1));
      if (a.isPresent() && b.isPresent()) {
        if (a.get().equals(b.get())) {
          throw ApiError.badRequest("a pair needs two different countries: '" + pair + "'");
        }
        return List.of(a.get(), b.get());
      }
    }
    throw ApiError.badRequest("not a pair of countries: '" + pair + "' (write it as A-B, e.g. BLR-VNM or Vietnam-Belarus)");
  }

  Optional<String> country(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(names.find(value).orElseThrow(() -> ApiError.badRequest(
        "country: not a country: '" + value + "' (an ISO code or a name)")).iso3());
  }

  static Optional<EventType> type(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(EventType.valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("type: not an event type: '" + value + "' (one of " + List.of(EventType.values()) + ")");
    }
  }

  static DateRange range(String from, String to) {
    try {
      return new DateRange(date("from", from), date("to", to));
    } catch (ApiError e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private static Optional<PartialDate> date(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(PartialDate.parse(value).orElseThrow(() -> ApiError.badRequest(
        name + ": not a date: '" + value + "' (YYYY, YYYY-MM or YYYY-MM-DD)")));
  }
}
