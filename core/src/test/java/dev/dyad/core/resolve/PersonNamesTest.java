package dev.dyad.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void diacriticsShortFormsAndNameOrderAreTheSamePerson() {
    assertThat(PersonNames.same("Nguyễn Phú Trọng", "Trong")).isTrue();
    assertThat(PersonNames.same("Roman Golovchenko", "Golovchenko")).isTrue();
    assertThat(PersonNames.same("Khrenin Viktor Gennadievich", "Viktor Khrenin")).isTrue();
  }

  @Test
  void anInitialMustAgreeWithTheFirstName() {
    assertThat(PersonNames.same("R. Golovchenko", "Roman Golovchenko")).isTrue();
    assertThat(PersonNames.same("S. Golovchenko", "Roman Golovchenko")).isFalse();
  }

  @Test
  void oneWordRespelledInALongNameIsTheSamePerson() {
    assertThat(PersonNames.same("Luis Inácio Lula da Silva", "Luiz Inacio Lula da Silva")).isTrue();
    assertThat(PersonNames.same("Mohamed Ould Ghazouani", "Mohammed Ould Ghazouani")).isTrue();
  }

  @Test
  void respellingsDoNotJoinShortNamesOrSeveralWords() {
    assertThat(PersonNames.same("Maria Rossi", "Mario Rossi")).as("two words: another person").isFalse();
    assertThat(PersonNames.same("Ana Maria Rossi", "Ana Mario Russo")).as("two words differ").isFalse();
    assertThat(PersonNames.same("Juan Carlos Lima", "Juan Carlos Pima")).as("first letter differs").isFalse();
  }
}
