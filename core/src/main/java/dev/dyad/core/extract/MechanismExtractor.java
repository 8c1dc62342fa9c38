package dev.dyad.core.extract;

import dev.dyad.core.internal.ResourceLines;

import dev.dyad.core.resolve.NameKey;

import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Evidence;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the standing bilateral mechanisms an article names: capitalised names headed by a body
 * noun ("the 16th Chile – Ghana Joint Commission on Trade and Economic Cooperation", "the Franco-Spanish
 * Council of Ministers") and lower-case formats tied to the pair ("political consultations at
 * the vice-minister level"). The pair comes from the name's opening country pair, else from the
 * article's dyad. One record per mechanism per article: spellings merge on {@link NameKey}.
 *
 * <p>Pure and thread-safe: the word lists are read once, in the constructor.
 */
public final class MechanismExtractor {
  private static final int MAX_LEFT_WORDS = 8;
  private static final String CALENDAR = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
      + "|March|April|May|June|July|August|September|October|November|December)\\b";
  /** A session noun after a body's name: "the Joint Commission Meeting" is a meeting of the commission. */
  private static final Pattern SESSION_TAIL = Pattern.compile("\\s+(?:Meeting|Session|Summit)$");
  private static final Pattern ORDINAL_OR_YEAR = Pattern.compile("\\d+(st|nd|rd|th)|\\d{4}");
  private static final Pattern ALIAS = Pattern.compile("^\\s*[(\\[]([A-Z0-9][\\p{L}\\p{N}+\\- ]{0,40})[)\\]]");
  private static final Pattern LEVEL = Pattern.compile(
      "^,?\\s+(?:at (?:the )?((?:[\\p{L}-]+ ){1,4}level)|on the level of (?:the )?((?:[\\p{L}-]+ ?){1,4}))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN_PAIR = Pattern.compile(
      "^\\s+between the two (countries|sides|nations|states|governments|ministries|foreign ministries)\\b");
  private static final Pattern ROUND_BEFORE = Pattern.compile(
      "(?i)(?:\\b\\d+(?:st|nd|rd|th)|\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
          + "|eleventh|twelfth|next|new|latest|upcoming|previous)"
          + "(?: (?:round|session|meeting) of(?: the)?)?)\\s+$");
  private static final Pattern LAUNCH_BEFORE = Pattern.compile(
      "(?i)\\b(?:launch\\w*|establish\\w*|set(?:ting)? up|initiat\\w*|creat\\w*|hold\\w*|held)\\s+(?:the |a |new )?$");
  private static final Pattern LOWER_COMPLEMENT = Pattern.compile("^ on ((?:[\\p{Ll}-]+ ?){1,7})");

  private final Gazetteer gazetteer;
  private final Pattern heads;
  private final Set<String> qualifiers;
  private final Set<String> exclusions;
  private final Pattern complement;
  private final Pattern formats;
  private final Map<String, String> abbreviations;

  public MechanismExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    String headWords = ExtractResource.alternation(ResourceLines.lines("/extract/mechanism-heads.txt"));
    this.heads = Pattern.compile("\\b" + headWords + "\\b");
    // a complement may name a consultation ("Committee for Consultation and ...") but not another body
    String bodies = ExtractResource.alternation(ResourceLines.lines("/extract/mechanism-heads.txt").stream()
        .filter(h -> !h.startsWith("Consultation")).toList());
    this.qualifiers = Set.copyOf(ResourceLines.lines("/extract/mechanism-qualifiers.txt"));
    this.exclusions = Set.copyOf(ResourceLines.lines("/extract/mechanism-exclusions.txt"));
    String any = "\\p{L}[\\p{L}'’]*(?:\\s*[-–]\\s*\\p{L}+)*";
    String ends = ExtractResource.alternation(ResourceLines.lines("/extract/mechanism-complement-ends.txt"));
    // the first word capitalised and not a day or month ("Commission on Monday"), later ones in any case
    this.complement = Pattern.compile("^\\s+(?:on|for|of)\\s+(?:the\\s+)?((?!" + CALENDAR + ")(?=\\p{Lu})(?:(?!" + bodies + "\\b)" + any
        + "(?:,\\s+and\\s+|,\\s+|\\s+and\\s+|\\s+)){0,8}(?i:" + ends + "))\\b(?!\\s+" + headWords + ")");
    this.formats = Pattern.compile("\\b" + ExtractResource.alternation(ResourceLines.lines("/extract/mechanism-formats.txt")) + "\\b");
    this.abbreviations = ExtractResource.table("mechanism-abbreviations.tsv");
  }

  public List<Mechanism> extract(AnnotatedArticle article, Optional<ArticleDyad> dyad) {
    Map<String, Mechanism> byKey = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      Evidence quote = SentenceQuote.of(article, s);
      for (Found f : find(s.text())) {
        List<String> countries = f.countries().size() == 2 ? f.countries()
            : dyad.map(ArticleDyad::countries).orElse(List.of());
        if (countries.size() != 2) {
          continue;
        }
        String key = countries.stream().sorted().toList() + "|" + NameKey.of(f.name());
        Mechanism old = byKey.get(key);
        if (old == null) {
          byKey.put(key, new Mechanism(f.name(), countries, f.level(), List.of(quote)));
        } else {
          List<Evidence> ev = new ArrayList<>(old.evidence());
          if (!ev.contains(quote)) {
            ev.add(quote);
          }
          String name = f.name().length() > old.name().length() ? f.name() : old.name();
          byKey.put(key, new Mechanism(name, countries, old.level().or(f::level), ev));
        }
      }
    }
    return List.copyOf(byKey.values());
  }

  public List<Mechanism> extract(AnnotatedArticle article, ArticleDyad dyad) {
    return extract(article, Optional.of(dyad));
  }

  /** A mechanism named in one sentence: its name without the pair, the pair's countries if named, the level. */
  record Found(String name, List<String> countries, Optional<String> level) {}

  /** The mechanisms named in one sentence's text. */
  List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    Matcher h = heads.matcher(text);
    while (h.find()) {
      if (inside(taken, h.start())) {
        continue;
      }
      int start = leftEdge(text, h.start());
      int end = h.end();
      Matcher c = complement.matcher(text.substring(end));
      if (c.find()) {
        end += c.end();
      }
      String name = text.substring(start, end);
      Matcher a = ALIAS.matcher(text.substring(end));
      if (a.find()) {
        name = name + " (" + a.group(1) + ")";
        end += a.end();
      }
      taken.add(new int[] {start, end});
      CountryPairs.Prefix pair = CountryPairs.prefix(name, gazetteer);
      String bare = expand(name.substring(pair.restStart()));
      String withoutSession = SESSION_TAIL.matcher(bare).replaceAll("");
      if (!withoutSession.equals(bare) && heads.matcher(withoutSession).find()) {
        bare = withoutSession;
      }
      if (bare.isBlank() || heads.matcher(bare).lookingAt() && bare.split("\\s+").length == 1) {
        continue; // a bare "Committee" or "the Commission" names nothing
      }
      if (!qualifies(bare, !pair.countries().isEmpty())) {
        continue;
      }
      out.add(new Found(bare, pair.countries(), level(text.substring(end))));
    }
    Matcher f = formats.matcher(text);
    while (f.find()) {
      if (inside(taken, f.start())) {
        continue;
      }
      String before = text.substring(0, f.start());
      String after = text.substring(f.end());
      Optional<String> level = level(after);
      int pairStart = leftEdge(text, f.start());
      CountryPairs.Prefix pair = pairStart < f.start()
          ? CountryPairs.prefix(text.substring(pairStart, f.start()).strip(), gazetteer)
          : new CountryPairs.Prefix(List.of(), 0);
      boolean tied = level.isPresent() || BETWEEN_PAIR.matcher(after).find() || !pair.countries().isEmpty()
          || ROUND_BEFORE.matcher(before).find() || LAUNCH_BEFORE.matcher(before).find();
      if (!tied) {
        continue;
      }
      String name = f.group();
      Matcher lc = LOWER_COMPLEMENT.matcher(after);
      if (lc.find() && name.startsWith("regular")) {
        name = name + " on " + lc.group(1).strip();
      }
      out.add(new Found(name, pair.countries(), level));
    }
    return out;
  }

  /** Where the capitalised name ending at {@code headStart} begins: its modifiers and opening pair. */
  private static int leftEdge(String text, int headStart) {
    int start = headStart;
    int words = 0;
    Matcher w = CountryPairs.WORD.matcher(text);
    while (words < MAX_LEFT_WORDS) {
      int prevStart = -1;
      int prevEnd = -1;
      w.region(0, start);
      while (w.find()) {
        prevStart = w.start();
        prevEnd = w.end();
      }
      if (prevStart < 0) {
        break;
      }
      String gap = text.substring(prevEnd, start);
      String word = text.substring(prevStart, prevEnd);
      boolean joins = gap.matches(" |\\s*[-–—]\\s*");
      boolean capital = Character.isUpperCase(word.charAt(0)) || word.matches("\\d\\+\\d");
      if (!joins || !capital || ORDINAL_OR_YEAR.matcher(word).matches() || word.matches(".*['’]s")
          || word.equals("The") || word.equals("A") || word.equals("An")) {
        break;
      }
      start = prevStart;
      words++;
    }
    return start;
  }

  private boolean qualifies(String name, boolean pair) {
    List<String> words = List.of(name.replaceAll("\\([^)]*\\)", " ").toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}+’'\\s-]", " ").strip().split("\\s+"));
    if (words.stream().anyMatch(exclusions::contains)) {
      return false;
    }
    return pair || words.stream().anyMatch(qualifiers::contains);
  }

  private String expand(String name) {
    String out = name;
    for (Map.Entry<String, String> e : abbreviations.entrySet()) {
      out = out.replaceAll("\\b" + Pattern.quote(e.getKey()) + "(?=\\s|$)", e.getValue());
    }
    return out.strip();
  }

  private static Optional<String> level(String after) {
    Matcher m = LEVEL.matcher(after);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2).strip() + " level");
  }

  private static boolean inside(List<int[]> spans, int pos) {
    return spans.stream().anyMatch(s -> s[0] <= pos && pos < s[1]);
  }
}
