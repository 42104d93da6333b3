package io.iamkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.testing.ManagedPolicies;
import io.iamkit.testing.ManagedPolicies.ManagedPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluator on the 1,594 AWS managed policies (test resources): ReadOnlyAccess grants reads and not writes, and
 * every managed policy compiles and evaluates, with an explanation that agrees with the decision.
 */
class ManagedPoliciesEvaluationTest {
  private static final Map<String, PolicyDocument> CORPUS = new LinkedHashMap<>();

  @BeforeAll
  static void load() {
    for (ManagedPolicy policy : ManagedPolicies.all()) {
      CORPUS.put(policy.name(), PolicyReader.strict().read(policy.json()));
    }
  }

  private static Decision readOnly(String action, String resource) {
    Policies policies = Policies.builder().identityPolicy("ReadOnlyAccess", CORPUS.get("ReadOnlyAccess")).build();
    return Fixtures.evaluate(Request.of(Fixtures.roleA(), action, resource), policies.toBuilder()).decision();
  }

  @Test
  void readOnlyAccess_grantsReads_notWrites() {
    assertThat(readOnly("s3:GetObject", "arn:aws:s3:::bucket/key.txt")).isEqualTo(Decision.ALLOWED);
    assertThat(readOnly("S3:GETOBJECT", "arn:aws:s3:::bucket/key.txt")).isEqualTo(Decision.ALLOWED);
    assertThat(readOnly("ec2:DescribeInstances", "*")).isEqualTo(Decision.ALLOWED);
    assertThat(readOnly("s3:PutObject", "arn:aws:s3:::bucket/key.txt")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(readOnly("iam:CreateUser", "arn:aws:iam::111111111111:user/x")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void administratorAccess_grantsEverything_inTheCallersAccount() {
    Policies policies = Policies.builder().identityPolicy("AdministratorAccess", CORPUS.get("AdministratorAccess"))
        .build();

    assertThat(Evaluator.evaluate(Request.of(Fixtures.roleA(), "iam:CreateUser", "arn:aws:iam::111111111111:user/x"),
        policies).decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void everyManagedPolicy_evaluatesAsIdentityAndAsBoundary_andExplainsItself() {
    Request[] requests = {
      Request.of(Fixtures.roleA(), "s3:GetObject", "arn:aws:s3:::bucket/key.txt"),
      Request.of(Fixtures.userA(), "sts:AssumeRole", "arn:aws:iam::111111111111:role/X"),
      Request.of(Fixtures.roleA(), "ec2:RunInstances", "arn:aws:ec2:us-east-1:111111111111:instance/i-1")
          .withContext(RequestContext.of("aws:RequestedRegion", "us-east-1")),
    };
    int allowed = 0;
    for (Map.Entry<String, PolicyDocument> entry : CORPUS.entrySet()) {
      CompiledPolicy policy = CompiledPolicy.of(entry.getKey(), entry.getValue());
      for (Request request : requests) {
        Policies policies = Policies.builder().identityPolicy(policy).permissionsBoundary(policy).build();
        Evaluation evaluation = Evaluator.evaluate(request, policies);
        assertThat(evaluation.explain()).startsWith(evaluation.decision().toString());
        allowed += evaluation.isAllowed() ? 1 : 0;
      }
    }
    assertThat(CORPUS).hasSize(1594);
    assertThat(allowed).isPositive();
  }
}
