/**
 * Gazetteers: complete lists of countries, demonyms, capitals and large cities, and office titles,
 * with lookups and a phrase finder that marks them in text.
 *
 * <p>The data lives in {@code /gazetteer/*.tsv} resources: {@code countries.tsv} is generated from
 * ICU's CLDR region names by {@code CountryTableGenerator} (test scope); {@code country_aliases.tsv},
 * {@code demonyms.tsv}, {@code capitals.tsv}, {@code cities.tsv}, {@code offices.tsv},
 * {@code portfolios.tsv} and {@code name_exclusions.tsv} are kept by hand.
 *
 * <p>Every name is compared in folded form: ICU's {@code Any-Latin; Latin-ASCII} transliteration
 * (so "Việt Nam" and "Đà Nẵng" read "viet nam", "da nang"), lower case, with hyphens, dashes, dots
 * and apostrophes splitting words. {@link dev.dyad.core.gazetteer.Gazetteer} is the entry point;
 * it replaces CoreNLP's fine-grained COUNTRY, NATIONALITY, CITY and TITLE classes.
 */
package dev.dyad.core.gazetteer;
