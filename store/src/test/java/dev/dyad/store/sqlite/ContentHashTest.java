package dev.dyad.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void isLowerCaseHexSha256OfTheText() {
    assertThat(ContentHash.of("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void hashesTheTextAsUtf8() {
    assertThat(ContentHash.of("Đà Nẵng")).isNotEqualTo(ContentHash.of("Da Nang")).hasSize(64);
  }
}
