package dev.dyad.core.extract;

import dev.dyad.core.resolve.NameKey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dyad.core.annotate.TextAnnotator;
import dev.dyad.core.clean.ArticleCleaner;
import dev.dyad.core.gazetteer.Gazetteer;
import dev.dyad.core.ingest.ArticleSources;
import dev.dyad.core.model.Agreement;
import dev.dyad.core.model.AnnotatedArticle;
import dev.dyad.core.model.Article;
import dev.dyad.core.model.Claim;
import dev.dyad.core.model.Mechanism;
import dev.dyad.core.model.Statistic;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scratch runner, not a test: prints what the fact extractors find in a folder of articles and
 * writes the mechanisms, agreements, statistics and claims as a scorer-readable export, with
 * records merged across articles the simple way (same pair and name key / same figure).
 * Usage: FactsScratch DIR OUT.json
 */
final class FactsScratch {
  private FactsScratch() {}

  private static boolean similar(String a, String b) {
    java.util.Set<String> x = new java.util.HashSet<>(List.of(a.split(" ")));
    java.util.Set<String> y = new java.util.HashSet<>(List.of(b.split(" ")));
    java.util.Set<String> union = new java.util.HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return x.size() >= 0.5 * union.size();
  }

  public static void main(String[] args) throws Exception {
    Gazetteer gaz = Gazetteer.standard();
    TextAnnotator annotator = TextAnnotator.load();
    ArticleCleaner cleaner = new ArticleCleaner();
    MechanismExtractor mechanisms = new MechanismExtractor(gaz);
    AgreementExtractor agreements = new AgreementExtractor(gaz);
    StatisticExtractor statistics = new StatisticExtractor();
    ClaimExtractor claims = new ClaimExtractor();
    Map<String, Map<String, Object>> mech = new LinkedHashMap<>();
    Map<String, Map<String, Object>> agr = new LinkedHashMap<>();
    Map<String, Map<String, Object>> stat = new LinkedHashMap<>();
    Map<String, List<Map<String, Object>>> cl = new LinkedHashMap<>();
    List<Article> articles = new ArrayList<>();
    List<Path> files;
    try (var list = java.nio.file.Files.list(Path.of(args[0]))) {
      files = list.filter(f -> f.toString().endsWith(".txt")).toList();
    }
    new ArticleSources().forEach(files, r -> articles.addAll(r.result().articles()));
    articles.sort((a, b) -> a.id().compareTo(b.id()));
    // optional: publication dates from a gold file, for articles whose page gives none
    Map<String, String> published = new LinkedHashMap<>();
    if (args.length > 2) {
      new ObjectMapper().readTree(new File(args[2])).get("articles")
          .forEach(n -> published.put(n.get("id").asText(), n.path("published").asText(null)));
    }
    for (Article raw : articles) {
      dev.dyad.core.model.CleanArticle clean = cleaner.clean(raw);
      Article a = clean.article();
      if (a.published().isEmpty() && published.get(a.id()) != null) {
        clean = new dev.dyad.core.model.CleanArticle(a.withPublished(
            dev.dyad.core.model.PartialDate.parse(published.get(a.id()))), clean.lines());
        a = clean.article();
      }
      AnnotatedArticle ann = annotator.annotate(clean);
      Optional<ArticleDyad> dyad = ArticleDyad.of(ann, gaz);
      System.out.println("== " + a.id() + " " + dyad.map(ArticleDyad::countries).orElse(List.of()) + " " + a.published());
      for (Mechanism m : mechanisms.extract(ann, dyad)) {
        System.out.println("  M " + m.name() + " " + m.countries() + " " + m.level().orElse(""));
        mech.putIfAbsent(m.countries() + NameKey.of(m.name()), Map.of("countries", m.countries(), "name", m.name()));
      }
      if (dyad.isEmpty()) {
        continue;
      }
      for (Agreement g : agreements.extract(ann, dyad.get())) {
        System.out.println("  A " + g.title() + " | " + g.kind().orElse("") + " " + g.parties() + " signed="
            + g.signed().map(Object::toString).orElse("") + " eff=" + g.effective().map(Object::toString).orElse(""));
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("countries", g.countries());
        rec.put("title", g.title());
        rec.put("parties", g.parties());
        rec.put("signed", g.signed().map(Object::toString).orElse(null));
        rec.put("effective", g.effective().map(Object::toString).orElse(null));
        String key = g.countries() + NameKey.of(g.title());
        for (Map.Entry<String, Map<String, Object>> e : agr.entrySet()) {
          Map<String, Object> o = e.getValue();
          if (o.get("countries").equals(g.countries()) && (g.kind().equals(Optional.of("free_trade_agreement"))
              && String.valueOf(o.get("title")).matches("(?i).*(free trade|FTA).*")
              || similar(NameKey.of((String) o.get("title")), NameKey.of(g.title())))) {
            key = e.getKey();
          }
        }
        agr.putIfAbsent(key, rec);
      }
      for (Statistic s : statistics.extract(ann, dyad.get())) {
        System.out.println("  S " + s.metric() + " " + s.value() + " " + s.unit() + " " + s.period());
        stat.putIfAbsent(s.countries() + s.metric() + s.value() + s.unit() + s.period(), Map.of("countries",
            s.countries(), "metric", s.metric(), "value", s.value(), "unit", s.unit(), "period", s.period()));
      }
      for (Claim c : claims.extract(ann, dyad.get())) {
        System.out.println("  C " + c.kind() + " " + c.value() + " asOf=" + c.asOf().map(Object::toString).orElse(""));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", c.value());
        v.put("article", a.id());
        v.put("as_of", c.asOf().map(Object::toString).orElse(null));
        v.put("countries", c.countries());
        cl.computeIfAbsent(c.kind() + c.countries(), k -> new ArrayList<>()).add(v);
      }
    }
    List<Map<String, Object>> claimOut = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, Object>>> e : cl.entrySet()) {
      List<Map<String, Object>> vs = e.getValue();
      String kind = e.getKey().substring(0, e.getKey().indexOf('['));
      long distinct = vs.stream().map(v -> v.get("value")).distinct().count();
      if (distinct > 1) {
        claimOut.add(Map.of("kind", kind, "countries", vs.get(0).get("countries"), "conflict", true, "values", vs));
      }
      vs.stream().map(v -> v.get("value")).distinct().forEach(v ->
          claimOut.add(Map.of("kind", kind, "countries", vs.get(0).get("countries"), "value", v)));
    }
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("mechanisms", List.copyOf(mech.values()));
    export.put("agreements", List.copyOf(agr.values()));
    export.put("statistics", List.copyOf(stat.values()));
    export.put("claims", claimOut);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new File(args[1]), export);
  }
}
