package io.iamkit.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicySize;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link PolicySize} computes the size from the model; it must be what the compact writer writes. */
class PolicySizeProperties {
  @Property(tries = 300, edgeCases = EdgeCasesMode.FIRST)
  void of_anyDocument_isTheCodePointCountOfItsCompactJson(@ForAll("documents") PolicyDocument document) {
    String compact = PolicyWriter.compact().write(document);

    assertThat(PolicySize.of(document)).isEqualTo(compact.codePointCount(0, compact.length()));
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.FIRST)
  void of_prettyText_isTheSizeOfTheCompactText(@ForAll("documents") PolicyDocument document) {
    // IAM does not count whitespace; the same document read from pretty or compact text has one size.
    PolicyDocument fromPretty = PolicyReader.lenient().read(PolicyWriter.pretty().write(document));
    PolicyDocument fromCompact = PolicyReader.lenient().read(PolicyWriter.compact().write(document));

    assertThat(PolicySize.of(fromPretty)).isEqualTo(PolicySize.of(fromCompact)).isEqualTo(PolicySize.of(document));
  }

  @Provide
  Arbitrary<PolicyDocument> documents() {
    return new PolicyRoundTripProperties().documents();
  }
}
