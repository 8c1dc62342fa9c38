package dev.dyad.core.model;

import java.util.Objects;

/**
 * One token of an annotated sentence: its text as written, lemma, part-of-speech tag (Penn
 * Treebank), coarse named-entity class and character span in {@link Article#text()}.
 *
 * <p>{@code ner} is one of PERSON, LOCATION, ORGANIZATION, MISC, DATE, TIME, DURATION, SET,
 * NUMBER, ORDINAL, MONEY, PERCENT or {@code O}, as the tagger saw it; dates are authoritative only
 * in {@link Sentence#times()}. Example: in "Minister Roman Petrov met", {@code Petrov} is
 * {@code Token("Petrov", "Petrov", "NNP", "PERSON", 15, 21)} when the sentence starts at 0.
 */
public record Token(String word, String lemma, String pos, String ner, int start, int end) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span [" + start + "," + end + ") for " + word);
    }
  }

  /** True when the tag marks a verb or modal (VB, VBD, VBG, VBN, VBP, VBZ, MD). */
  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }
}
