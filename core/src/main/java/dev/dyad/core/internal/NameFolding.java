package dev.dyad.core.internal;

import com.ibm.icu.text.Transliterator;

/**
 * Folds a name for comparison: any script to Latin, diacritics off, lower case ("Nguyễn Phú Trọng"
 * → "nguyen phu trong", "Đ" → "d"). One transliterator per thread: ICU's are not thread-safe, and a
 * shared one behind a lock would serialise the extraction pool.
 */
public final class NameFolding {
  private static final ThreadLocal<Transliterator> FOLD =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  private NameFolding() {}

  public static String fold(String s) {
    return FOLD.get().transliterate(s).replace('đ', 'd');
  }
}
