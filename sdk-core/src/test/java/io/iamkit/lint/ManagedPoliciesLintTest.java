package io.iamkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.testing.ManagedPolicies;
import io.iamkit.testing.ManagedPolicies.ManagedPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lints every AWS managed policy (1,594, see {@code src/test/resources/aws-managed-policies/README.md}) as an
 * identity policy. AWS managed policies still name actions of retired services and actions the Service
 * Authorization Reference no longer lists; those are pinned in {@code managed-policies-unknown-actions.txt}, so
 * that any other unknown action, a false positive of the linter, fails the test.
 */
class ManagedPoliciesLintTest {
  private static final List<String> UNKNOWN = new ArrayList<>();
  private static final Map<String, Integer> COUNTS = new TreeMap<>();
  private static int policies;

  @BeforeAll
  static void lintEveryManagedPolicy() {
    Linter linter = Linter.create();
    for (ManagedPolicy policy : ManagedPolicies.all()) {
      PolicyDocument document = PolicyReader.strict().read(policy.json());
      for (Finding finding : linter.lint(document, PolicyKind.IDENTITY)) {
        COUNTS.merge(finding.code().name(), 1, Integer::sum);
        if (finding.code() == FindingCode.UNKNOWN_ACTION || finding.code() == FindingCode.UNKNOWN_SERVICE) {
          String action = finding.message().substring(0, finding.message().indexOf(' '));
          UNKNOWN.add(policy.name() + ' ' + finding.code() + ' ' + (action.endsWith(":")
              ? action.substring(0, action.length() - 1) : action));
        }
      }
      policies++;
    }
  }

  @Test
  void unknownActions_areExactlyTheRetiredOnesOfTheAllowList() throws IOException {
    List<String> allowed = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(getClass().getResourceAsStream("managed-policies-unknown-actions.txt"));
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          allowed.add(line);
        }
      }
    }

    assertThat(policies).isEqualTo(ManagedPolicies.SIZE);
    assertThat(UNKNOWN).containsExactlyElementsOf(allowed);
  }

  /**
   * What the linter finds in AWS's own policies, pinned: the only errors are the unknown actions above and sizes
   * over the 6,144-character quota of customer managed policies, which AWS managed policies do not have to meet.
   */
  @Test
  void findingsPerCode_arePinned() {
    assertThat(COUNTS).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
        Map.entry("ACTION_NEEDS_ALL_RESOURCES", 634),
        Map.entry("ALL_ACTIONS", 2),
        Map.entry("DUPLICATE_ACTION", 16),
        Map.entry("NOT_ACTION_WITH_ALLOW", 2),
        Map.entry("NOT_RESOURCE_WITH_ALLOW", 8),
        Map.entry("PASS_ROLE_ON_ALL_RESOURCES", 97),
        Map.entry("POLICY_TOO_LARGE", 81),
        Map.entry("REDUNDANT_ACTION", 38),
        Map.entry("REDUNDANT_RESOURCE", 167),
        Map.entry("SHADOWED_STATEMENT", 29),
        Map.entry("UNKNOWN_ACTION", 53),
        Map.entry("UNKNOWN_ARN_SERVICE", 4),
        Map.entry("UNKNOWN_SERVICE", 95))));
  }
}
