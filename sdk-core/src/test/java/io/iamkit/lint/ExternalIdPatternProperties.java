package io.iamkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.ExternalId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SecurityChecks#canMatchAnExternalId} must never call a value impossible that some external ID matches:
 * a false EXTERNAL_ID_IMPOSSIBLE would tell a user to break a working trust policy.
 */
class ExternalIdPatternProperties {
  private static final String ALLOWED = "abcXYZ019_+=,.@:/-";

  @Property(tries = 1000)
  void anExternalId_isPossible_asAValueAndWithSomeCharactersMadeWildcards(
      @ForAll("externalIds") String externalId, @ForAll("masks") String mask) {
    assertThat(ExternalId.isValid(externalId)).isTrue();
    assertThat(SecurityChecks.canMatchAnExternalId(externalId, false)).isTrue();
    StringBuilder pattern = new StringBuilder();
    for (int i = 0; i < externalId.length(); i++) {
      char m = mask.charAt(i % mask.length());
      pattern.append(m == '?' ? '?' : m == '*' ? "*" : String.valueOf(externalId.charAt(i)));
    }
    assertThat(SecurityChecks.canMatchAnExternalId(pattern.toString(), true)).as(pattern.toString()).isTrue();
  }

  @Property(tries = 1000)
  void aValueWithACharacterNoExternalIdHas_isImpossible(
      @ForAll("externalIds") String externalId, @ForAll("refused") char refused) {
    String value = externalId.charAt(0) + String.valueOf(refused) + externalId.substring(1);

    assertThat(SecurityChecks.canMatchAnExternalId(value, false)).isFalse();
    assertThat(SecurityChecks.canMatchAnExternalId(value, true)).isFalse();
  }

  @Provide
  Arbitrary<String> externalIds() {
    return Arbitraries.strings().withChars(ALLOWED.toCharArray()).ofMinLength(2).ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> masks() {
    return Arbitraries.strings().withChars('.', '?', '*').ofMinLength(1).ofMaxLength(8);
  }

  @Provide
  Arbitrary<Character> refused() {
    return Arbitraries.of(' ', '\t', '\n', ';', '"', '\\', '#', '!', '%', '~', '\u00e9', '\u2003');
  }
}
