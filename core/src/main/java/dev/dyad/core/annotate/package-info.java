/**
 * The annotate stage: {@link dev.dyad.core.annotate.TextAnnotator} turns a
 * {@link dev.dyad.core.model.CleanArticle} into an {@link dev.dyad.core.model.AnnotatedArticle}.
 *
 * <p>How it works. The readable lines' contents are joined into one document, separated by blank
 * lines ({@code TextMap}), so that CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime) runs
 * once per article and never makes a sentence across two lines. {@code SentenceConverter} then
 * reads each CoreNLP sentence once, maps every offset back to the article's text, and builds
 * Dyad's records; CoreNLP types never leave this package. Time expressions go through
 * {@code TimeNormalizer}: Dyad's {@code DateRules} claim the forms SUTime splits (day ranges,
 * spans of months), and SUTime's other readings are corrected for tense ({@code Tense},
 * {@code DateAnchor}) and mapped to {@link dev.dyad.core.model.PartialDate}s ({@code TimexValues}).
 *
 * <p>What this stage does not do: fine-grained entity classes (COUNTRY, TITLE, NATIONALITY),
 * splitting "Belarusian-Zimbabwean", reading amounts with units. Those belong to the gazetteers
 * and extractors downstream.
 */
package dev.dyad.core.annotate;
