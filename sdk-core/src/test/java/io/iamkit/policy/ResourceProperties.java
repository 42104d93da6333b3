package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Resource#of(String)} takes a shortcut for ARNs without policy variables or non-ASCII text; it must accept
 * exactly what {@link Arn#tryParse} parses, and {@code *}.
 */
class ResourceProperties {
  @Property(tries = 3000)
  void of_acceptsExactlyWhatArnParses(@ForAll("arnLike") String text) {
    Throwable refused = catchThrowable(() -> Resource.of(text));

    assertThat(refused == null).as(text).isEqualTo(text.equals("*") || Arn.tryParse(text).isPresent());
  }

  /** Mostly {@code arn:} and colons, with the characters that matter: variables, blanks, non-ASCII. */
  @Provide
  Arbitrary<String> arnLike() {
    Arbitrary<String> rest = Arbitraries.strings().withChars("a:::${}* \t\u00a0\u2003é/").ofMaxLength(14);
    return Arbitraries.oneOf(rest.map(r -> "arn:" + r), rest, rest.map(r -> "arn:aws:s3:" + r));
  }
}
