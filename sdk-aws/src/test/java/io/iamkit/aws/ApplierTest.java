package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyDocuments;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.policy.json.PolicyWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Applies the S3 cross-account set-up (two accounts) to the in-process fake IAM and S3 endpoint. */
class ApplierTest {
  private static final String A = "111122223333";
  private static final String B = "444455556666";
  private static final String BUCKET = "acme-shared-data";
  private static final String CROSS_ACCOUNT_ROLE = "databricks-cross-account-role";
  private static final String EC2_TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
          + "\"Action\":\"sts:AssumeRole\"}]}";

  private final S3CrossAccountSetup setup = S3CrossAccountSetup.builder()
      .deploymentAccountId(A).bucketOwnerAccountId(B).bucket(BUCKET).crossAccountRole(CROSS_ACCOUNT_ROLE).build();

  private FakeAws aws;
  private StaticCredentialsProvider credentialsA;
  private StaticCredentialsProvider credentialsB;
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<String> events = new ArrayList<>();

  @BeforeEach
  void startFake() {
    aws = new FakeAws();
    credentialsA = aws.addAccount(A);
    credentialsB = aws.addAccount(B);
    aws.account(B).buckets.put(BUCKET, "");
    aws.account(A).roles.put(CROSS_ACCOUNT_ROLE, new FakeAws.Role(CROSS_ACCOUNT_ROLE, EC2_TRUST));
  }

  @AfterEach
  void stopFake() {
    aws.close();
  }

  private Applier.Builder applierBuilder() {
    return Applier.builder()
        .account(AccountClients.builder().account(A).credentialsProvider(credentialsA)
            .endpointOverride(aws.endpoint()).build())
        .account(AccountClients.builder().account(B).credentialsProvider(credentialsB)
            .endpointOverride(aws.endpoint()).build())
        .retries(4, Duration.ofMillis(100), Duration.ofSeconds(1))
        .sleeper(sleeps::add)
        .listener(new ApplyListener() {
          @Override
          public void changeApplied(Change change) {
            events.add("applied " + change.type() + " " + change.target());
          }

          @Override
          public void retrying(String operation, String target, int attempt, String errorCode, Duration delay) {
            events.add("retry " + operation + " " + target + " #" + attempt + " " + errorCode);
          }
        });
  }

  private Applier applier() {
    return applierBuilder().build();
  }

  private static PolicyDocument read(String json) {
    return PolicyReader.strict().read(json);
  }

  @Test
  void apply_freshAccounts_createsEverything() {
    try (Applier applier = applier()) {
      Plan plan = applier.apply(setup);

      assertThat(plan.conflicts()).isEmpty();
      assertThat(plan.changes()).extracting(c -> c.type() + " " + c.account() + " " + c.target()).containsExactly(
          "CREATE_ROLE 111122223333 role/MyRoleA",
          "PUT_ROLE_POLICY 111122223333 role/MyRoleA",
          "CREATE_ROLE 444455556666 role/MyRoleB",
          "PUT_ROLE_POLICY 444455556666 role/MyRoleB",
          "PUT_ROLE_POLICY 111122223333 role/" + CROSS_ACCOUNT_ROLE,
          "CREATE_INSTANCE_PROFILE 111122223333 instance-profile/MyRoleA",
          "ADD_ROLE_TO_INSTANCE_PROFILE 111122223333 instance-profile/MyRoleA",
          "PUT_BUCKET_POLICY 444455556666 bucket/" + BUCKET);
    }
    assertThat(aws.writes()).containsExactly(
        "CreateRole 111122223333 MyRoleA",
        "PutRolePolicy 111122223333 MyRoleA/assume-role-b",
        "CreateRole 444455556666 MyRoleB",
        "PutRolePolicy 444455556666 MyRoleB/bucket-access",
        "PutRolePolicy 111122223333 " + CROSS_ACCOUNT_ROLE + "/databricks-pass-role-a",
        "CreateInstanceProfile 111122223333 MyRoleA",
        "AddRoleToInstanceProfile 111122223333 MyRoleA/MyRoleA",
        "PutBucketPolicy 444455556666 " + BUCKET);
    FakeAws.Role roleB = aws.account(B).role("MyRoleB");
    assertThat(PolicyDocuments.semanticallyEqual(read(roleB.trust), setup.roleB().trustPolicy().orElseThrow()))
        .isTrue();
    assertThat(roleB.tags).containsEntry("iamkit:managed-by", "iamkit");
    assertThat(aws.account(A).role(CROSS_ACCOUNT_ROLE).tags).isEmpty();
    assertThat(aws.account(A).role(CROSS_ACCOUNT_ROLE).trust).isEqualTo(EC2_TRUST);
    assertThat(read(aws.account(B).buckets.get(BUCKET))).isEqualTo(setup.bucketPolicy().policy());
    assertThat(events).hasSize(8).allMatch(e -> e.startsWith("applied "));
  }

  @Test
  void apply_twice_secondMakesNoWrite() {
    try (Applier applier = applier()) {
      applier.apply(setup);
      aws.reset();

      Plan second = applier.apply(setup);

      assertThat(second.isEmpty()).isTrue();
      assertThat(second.conflicts()).isEmpty();
      assertThat(second).hasToString("no changes");
    }
    assertThat(aws.writes()).isEmpty();
    assertThat(aws.requests()).isPositive();
  }

  // IAM returns documents URL-encoded and in its own order and form: none of that is a change.
  @Test
  void plan_storedInOtherOrderAndForm_findsNoChange() {
    try (Applier applier = applier()) {
      applier.apply(setup);
      FakeAws.Role roleB = aws.account(B).role("MyRoleB");
      roleB.trust = PolicyWriter.pretty().write(read(roleB.trust).withKeyOrder("Statement", "Version"));
      String bucketAccess = roleB.inline.get("bucket-access");
      PolicyDocument reversed = read(bucketAccess);
      List<io.iamkit.policy.Statement> statements = new ArrayList<>(reversed.statements());
      java.util.Collections.reverse(statements);
      roleB.inline.put("bucket-access", PolicyWriter.compact().write(reversed.withStatements(statements)));

      assertThat(applier.plan(setup).changes()).isEmpty();
    }
  }

  @Test
  void plan_trustPolicyEditedOutsideIamkit_updatesItAndApplyRepairsIt() {
    try (Applier applier = applier()) {
      applier.apply(setup);
      aws.reset();
      aws.account(B).role("MyRoleB").trust =
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"999988887777\"},"
              + "\"Action\":\"sts:AssumeRole\"}]}";

      Plan drift = applier.plan(setup);

      assertThat(drift.changes()).extracting(Change::type, Change::target)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Type.UPDATE_TRUST_POLICY, "role/MyRoleB"));
      assertThat(drift.changes().get(0).account()).isEqualTo(AccountId.of(B));
      assertThat(drift.changes().get(0).description()).contains("trust policy");
      assertThat(aws.writes()).isEmpty();

      applier.apply(drift);

      assertThat(aws.writes()).containsExactly("UpdateAssumeRolePolicy 444455556666 MyRoleB");
      assertThat(PolicyDocuments.semanticallyEqual(read(aws.account(B).role("MyRoleB").trust),
          setup.roleB().trustPolicy().orElseThrow())).isTrue();
      assertThat(applier.plan(setup).isEmpty()).isTrue();
    }
  }

  @Test
  void plan_inlinePolicyEditedOutsideIamkit_putsItBack() {
    try (Applier applier = applier()) {
      applier.apply(setup);
      aws.reset();
      aws.account(A).role("MyRoleA").inline.put("assume-role-b",
          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\","
              + "\"Resource\":\"*\"}]}");

      Plan plan = applier.apply(setup);

      assertThat(plan.changes()).extracting(Change::description)
          .containsExactly("replace inline policy assume-role-b, which differs from the set-up's");
      assertThat(aws.writes()).containsExactly("PutRolePolicy 111122223333 MyRoleA/assume-role-b");
    }
  }

  @Test
  void apply_roleExistsWithoutManagedTag_reportsConflictAndLeavesItUntouched() {
    aws.account(B).roles.put("MyRoleB", new FakeAws.Role("MyRoleB", EC2_TRUST));

    try (Applier applier = applier()) {
      Plan plan = applier.apply(setup);

      assertThat(plan.conflicts()).hasSize(1);
      Conflict conflict = plan.conflicts().get(0);
      assertThat(conflict.account()).isEqualTo(AccountId.of(B));
      assertThat(conflict.target()).isEqualTo("role/MyRoleB");
      assertThat(conflict.reason()).contains("not managed by iamkit", "iamkit:managed-by=iamkit", "takeOver");
      assertThat(plan.changes()).noneMatch(c -> c.target().equals("role/MyRoleB"));
      assertThat(plan.toString()).contains("CONFLICT 444455556666 role/MyRoleB: the role exists but is not managed");
    }
    FakeAws.Role roleB = aws.account(B).role("MyRoleB");
    assertThat(roleB.trust).isEqualTo(EC2_TRUST);
    assertThat(roleB.inline).isEmpty();
    assertThat(roleB.tags).isEmpty();
    assertThat(aws.writes()).noneMatch(w -> w.contains("MyRoleB"));
  }

  @Test
  void apply_roleExistsWithoutManagedTag_withTakeOver_tagsAndRepairsIt() {
    aws.account(B).roles.put("MyRoleB", new FakeAws.Role("MyRoleB", EC2_TRUST));

    try (Applier applier = applierBuilder().takeOver(true).build()) {
      Plan plan = applier.apply(setup);

      assertThat(plan.conflicts()).isEmpty();
      assertThat(plan.changes()).filteredOn(c -> c.target().equals("role/MyRoleB")).extracting(Change::type)
          .containsExactly(Change.Type.TAG_ROLE, Change.Type.UPDATE_TRUST_POLICY, Change.Type.PUT_ROLE_POLICY);
      aws.reset();
      assertThat(applier.apply(setup).isEmpty()).isTrue();
    }
    assertThat(aws.account(B).role("MyRoleB").tags).containsEntry("iamkit:managed-by", "iamkit");
    assertThat(aws.writes()).isEmpty();
  }

  @Test
  void plan_existingRoleMissing_reportsConflictAndSkipsIt() {
    aws.account(A).roles.remove(CROSS_ACCOUNT_ROLE);

    try (Applier applier = applier()) {
      Plan plan = applier.plan(setup);

      assertThat(plan.conflicts()).extracting(Conflict::target).containsExactly("role/" + CROSS_ACCOUNT_ROLE);
      assertThat(plan.conflicts().get(0).reason()).contains("does not exist");
      assertThat(plan.changes()).hasSize(7);
    }
  }

  @Test
  void plan_bucketPolicyWithOtherStatements_keepsThem() {
    String other = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyInsecure\",\"Effect\":\"Deny\","
        + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::acme-shared-data/*\","
        + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}";
    aws.account(B).buckets.put(BUCKET, other);

    try (Applier applier = applier()) {
      Plan plan = applier.apply(setup);

      Change put = plan.changes().get(plan.changes().size() - 1);
      assertThat(put.type()).isEqualTo(Change.Type.PUT_BUCKET_POLICY);
      assertThat(put.description()).contains("keeping 1 statement not managed by iamkit");
      PolicyDocument stored = read(aws.account(B).buckets.get(BUCKET));
      assertThat(stored.statement("DenyInsecure")).isPresent();
      assertThat(stored.statements()).hasSize(1 + setup.bucketPolicy().policy().statements().size());
      aws.reset();
      assertThat(applier.apply(setup).isEmpty()).isTrue();
    }
    assertThat(aws.writes()).isEmpty();
  }

  @Test
  void apply_throttledAndFailing_survivesWithBackoff() {
    aws.throttleNext(2);

    try (Applier applier = applier()) {
      Plan plan = applier.plan(setup);
      aws.failNext(1);
      applier.apply(plan);
    }

    assertThat(aws.writes()).hasSize(8);
    assertThat(events).filteredOn(e -> e.startsWith("retry ")).containsExactly(
        "retry GetRole role/MyRoleA #1 Throttling",
        "retry GetRole role/MyRoleA #2 Throttling",
        "retry CreateRole role/MyRoleA #1 ServiceFailure");
    assertThat(sleeps).hasSize(3).allMatch(d -> !d.isNegative() && d.compareTo(Duration.ofSeconds(1)) <= 0);
  }

  @Test
  void apply_droppedConnections_areRetried() {
    try (Applier applier = applier()) {
      aws.dropNext(2);
      applier.apply(setup);

      assertThat(applier.plan(setup).isEmpty()).isTrue();
    }
    assertThat(events).filteredOn(e -> e.startsWith("retry ")).hasSize(2)
        .allMatch(e -> e.startsWith("retry GetRole role/MyRoleA #"));
    assertThat(aws.writes()).hasSize(8);
  }

  // A 500 may come after the call took effect: the retried create finds the entity and takes it as its own.
  @Test
  void apply_createsWhoseResponseWasLost_succeedOnRetry() {
    try (Applier applier = applier()) {
      Plan plan = applier.plan(setup);
      aws.failAfterNext(1);
      applier.apply(plan);
      aws.reset();
      Plan profileOnly = new Plan(plan.changes().subList(5, 7), List.of());
      aws.account(A).profiles.clear();
      aws.failAfterNext(1);
      applier.apply(profileOnly);

      assertThat(applier.plan(setup).isEmpty()).isTrue();
    }
    assertThat(events).contains("retry CreateRole role/MyRoleA #1 ServiceFailure",
        "retry CreateInstanceProfile instance-profile/MyRoleA #1 ServiceFailure");
    assertThat(aws.account(A).profiles).containsKey("MyRoleA");
  }

  // IAM returns policy documents URL-encoded; the plan reads them through PolicyReader, which decodes them.
  @Test
  void fake_returnsDocumentsUrlEncodedAsIamDoes() {
    try (Applier applier = applier()) {
      applier.apply(setup);
    }
    AccountClients clients = AccountClients.builder().account(A).credentialsProvider(credentialsA)
        .endpointOverride(aws.endpoint()).build();
    try (var iam = clients.buildIamClient()) {
      assertThat(iam.getRole(r -> r.roleName("MyRoleA")).role().assumeRolePolicyDocument()).startsWith("%7B%22");
      assertThat(iam.getRolePolicy(r -> r.roleName("MyRoleA").policyName("assume-role-b")).policyDocument())
          .startsWith("%7B%22");
    }
  }

  @Test
  void apply_throttledBeyondBudget_failsWithTypedError() {
    aws.throttleNext(100);

    try (Applier applier = applier()) {
      assertThatThrownBy(() -> applier.apply(setup))
          .isInstanceOfSatisfying(AwsApplyException.class, e -> {
            assertThat(e.budgetExhausted()).isTrue();
            assertThat(e.attempts()).isEqualTo(4);
            assertThat(e.operation()).isEqualTo("GetRole");
            assertThat(e.errorCode()).contains("Throttling");
            assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req-"));
            assertThat(e.account()).contains(AccountId.of(A));
          })
          .hasMessageStartingWith("GetRole role/MyRoleA in account 111122223333 failed: retry budget exhausted"
              + " after 4 attempts: Throttling (Rate exceeded), request ID req-")
          .isInstanceOf(io.iamkit.policy.IamkitException.class);
    }
    assertThat(aws.writes()).isEmpty();
    assertThat(sleeps).hasSize(3);
  }

  @Test
  void apply_s3SlowDownBeyondBudget_failsWithTypedError() {
    try (Applier applier = applier()) {
      Plan plan = applier.plan(setup);
      List<Change> bucketOnly = plan.changes().subList(plan.changes().size() - 1, plan.changes().size());
      aws.throttleNext(100);

      assertThatThrownBy(() -> applier.apply(new Plan(bucketOnly, List.of())))
          .isInstanceOf(AwsApplyException.class)
          .hasMessageContaining("PutBucketPolicy bucket/acme-shared-data in account 444455556666 failed: retry"
              + " budget exhausted after 4 attempts: SlowDown");
    }
  }

  @Test
  void exceptionsAndToString_neverShowCredentials() {
    AccountClients clients = AccountClients.builder().account(A).credentialsProvider(credentialsA)
        .endpointOverride(aws.endpoint()).build();
    aws.throttleNext(100);

    try (Applier applier = applierBuilder().build()) {
      assertThatThrownBy(() -> applier.plan(setup))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("AKIAFAKE", "fake-secret"));
      assertThat(applier.toString()).doesNotContain("AKIAFAKE", "fake-secret");
    }
    assertThat(clients).hasToString("AccountClients{account=111122223333, region=us-east-1, endpoint="
        + aws.endpoint() + "}");
  }

  @Test
  void plan_accountWithoutClients_failsNamingIt() {
    try (Applier applier = Applier.builder()
        .account(AccountClients.builder().account(A).credentialsProvider(credentialsA)
            .endpointOverride(aws.endpoint()).build())
        .build()) {
      assertThatThrownBy(() -> applier.plan(setup))
          .isInstanceOf(AwsApplyException.class)
          .hasMessage("No AccountClients for account 444455556666, which the set-up uses; have [111122223333]");
    }
  }
}
