package io.iamkit.policy.json;

import static io.iamkit.testing.JsonTrees.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicySize;
import io.iamkit.testing.ManagedPolicies;
import io.iamkit.testing.ManagedPolicies.ManagedPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads and writes back every AWS managed policy (1,594 documents, see
 * {@code src/test/resources/aws-managed-policies/README.md}) and compares JSON trees including the order of
 * object keys and the scalar-versus-array shape, which {@link JsonNode#equals} alone does not check.
 */
class ManagedPoliciesRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<ManagedPolicy> corpus() {
    return ManagedPolicies.all();
  }

  @Test
  void corpus_holdsEveryManagedPolicy() {
    assertThat(corpus()).hasSize(ManagedPolicies.SIZE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readThenWriteCompact_givesBackTheSameJsonTree(ManagedPolicy policy) throws IOException {
    PolicyDocument document = PolicyReader.strict().read(policy.json());

    String written = PolicyWriter.compact().write(document);

    assertSameTree(MAPPER.readTree(written), MAPPER.readTree(policy.json()));
    assertThat(written).isEqualTo(policy.json());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void policySize_isTheCodePointCountOfTheCompactJson(ManagedPolicy policy) {
    PolicyDocument document = PolicyReader.strict().read(policy.json());

    assertThat(PolicySize.of(document)).isEqualTo(policy.json().codePointCount(0, policy.json().length()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readThenWritePretty_readsBackToAnEqualDocumentAndTree(ManagedPolicy policy) throws IOException {
    PolicyDocument document = PolicyReader.strict().read(policy.json());

    String pretty = PolicyWriter.pretty().write(document);

    assertThat(PolicyReader.strict().read(pretty)).isEqualTo(document);
    assertSameTree(MAPPER.readTree(pretty), MAPPER.readTree(policy.json()));
  }

  /** The byte writer copies model-checked strings through another Jackson path, across its buffer's ends too. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void writeBytes_isTheUtf8OfWrite(ManagedPolicy policy) {
    PolicyDocument document = PolicyReader.strict().read(policy.json());

    for (PolicyWriter writer : List.of(PolicyWriter.compact(), PolicyWriter.pretty())) {
      assertThat(new String(writer.writeBytes(document), StandardCharsets.UTF_8)).isEqualTo(writer.write(document));
    }
  }
}
