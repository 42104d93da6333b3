package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.aws.VerificationStep.Kind;
import io.iamkit.aws.VerificationStep.Live;
import io.iamkit.aws.VerificationStep.Prediction;
import io.iamkit.databricks.S3CrossAccountSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Applies the S3 cross-account set-up to the fake, then verifies it live: chained AssumeRole through the real SDK
 * provider, S3 probes, authorization decided by the evaluator inside the fake.
 */
class ChainVerifierTest {
  private static final String A = "111122223333";
  private static final String B = "444455556666";
  private static final String BUCKET = "acme-shared-data";
  private static final String ROLE_A = "arn:aws:iam::" + A + ":role/MyRoleA";
  private static final String ROLE_B = "arn:aws:iam::" + B + ":role/MyRoleB";
  private static final String EC2_TRUST =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
          + "\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

  private final S3CrossAccountSetup setup = S3CrossAccountSetup.builder()
      .deploymentAccountId(A).bucketOwnerAccountId(B).bucket(BUCKET).build();

  private FakeAws aws;
  private AccountClients clientsA;
  private AccountClients clientsB;
  private final AtomicLong clock = new AtomicLong();
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<String> events = new ArrayList<>();

  @BeforeEach
  void startFake() {
    aws = new FakeAws();
    clientsA = AccountClients.builder().account(A).credentialsProvider(aws.addAccount(A))
        .endpointOverride(aws.endpoint()).build();
    clientsB = AccountClients.builder().account(B).credentialsProvider(aws.addAccount(B))
        .endpointOverride(aws.endpoint()).build();
    aws.account(B).buckets.put(BUCKET, "");
  }

  @AfterEach
  void stopFake() {
    aws.close();
  }

  /** Applies the set-up, and lets the base user stand in for EC2 in MyRoleA's trust policy. */
  private void applyAndAdmitBaseUser() {
    try (Applier applier = Applier.builder().account(clientsA).account(clientsB)
        .retries(2, Duration.ZERO, Duration.ZERO).build()) {
      applier.apply(setup);
    }
    aws.account(A).role("MyRoleA").trust = "{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"},"
        + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + FakeAws.baseUserArn(A) + "\"},"
        + "\"Action\":\"sts:AssumeRole\"}]}";
  }

  private ChainVerifier.Builder verifier() {
    return ChainVerifier.builder().base(clientsA).account(clientsB)
        .sleeper(d -> {
          sleeps.add(d);
          clock.addAndGet(d.toNanos());
        })
        .nanoClock(clock::get)
        .listener(new VerifyListener() {
          @Override
          public void stepFinished(VerificationStep step) {
            events.add(step.toString());
          }

          @Override
          public void retrying(String roleArn, int attempt, String errorCode, Duration delay) {
            events.add("retry " + roleArn + " #" + attempt + " " + errorCode + " " + delay);
          }
        });
  }

  private VerificationReport verify() {
    return verify(verifier());
  }

  private static VerificationReport verify(ChainVerifier.Builder builder) {
    try (ChainVerifier verifier = builder.build()) {
      return verifier.verifyChain(
          S3CrossAccountSetup.builder().deploymentAccountId(A).bucketOwnerAccountId(B).bucket(BUCKET).build());
    }
  }

  private static VerificationStep step(VerificationReport report, Kind kind, String targetPrefix) {
    return report.steps().stream().filter(s -> s.kind() == kind && s.target().startsWith(targetPrefix))
        .findFirst().orElseThrow();
  }

  @Test
  void freshApply_thenVerify_isGreen() {
    applyAndAdmitBaseUser();

    VerificationReport report = verify();

    assertThat(report.passed()).as(report.toTable()).isTrue();
    assertThat(report.steps()).extracting(VerificationStep::kind).containsExactly(Kind.BASE_IDENTITY,
        Kind.ASSUME_ROLE, Kind.ASSUME_ROLE, Kind.S3_LIST, Kind.S3_PUT, Kind.S3_GET, Kind.S3_DELETE);
    assertThat(report.differences()).isEmpty();
    VerificationStep hopA = step(report, Kind.ASSUME_ROLE, ROLE_A);
    assertThat(hopA.prediction()).isEqualTo(Prediction.NOT_PREDICTED);
    assertThat(hopA.detail()).contains("caller arn:aws:sts::" + A + ":assumed-role/MyRoleA/iamkit-verify");
    VerificationStep hopB = step(report, Kind.ASSUME_ROLE, ROLE_B);
    assertThat(hopB.prediction()).isEqualTo(Prediction.ALLOWED);
    assertThat(hopB.detail()).contains("caller arn:aws:sts::" + B + ":assumed-role/MyRoleB/iamkit-verify");
    assertThat(hopB.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("sts-"));
    assertThat(report.steps()).filteredOn(s -> s.kind().name().startsWith("S3_")).allSatisfy(s -> {
      assertThat(s.prediction()).isEqualTo(Prediction.ALLOWED);
      assertThat(s.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("s3-"));
      assertThat(s.errorCode()).isEmpty();
    });
    // The chain really went base -> MyRoleA -> MyRoleB, and S3 was called as MyRoleB with the ACL.
    assertThat(aws.calls()).contains(
        "AssumeRole " + FakeAws.baseUserArn(A) + " " + ROLE_A + " OK",
        "AssumeRole arn:aws:sts::" + A + ":assumed-role/MyRoleA/iamkit-verify " + ROLE_B + " OK");
    assertThat(aws.calls()).filteredOn(c -> c.startsWith("s3:PutObject")).singleElement().asString()
        .startsWith("s3:PutObject arn:aws:sts::" + B + ":assumed-role/MyRoleB/iamkit-verify " + BUCKET
            + "/iamkit-verify/probe-")
        .endsWith("OK acl=bucket-owner-full-control");
    assertThat(aws.account(B).objects.get(BUCKET)).isEmpty();
    assertThat(report.toTable()).contains("STEP", "REQUEST ID", "PREDICTED", "verification passed");
    assertThat(events).hasSize(7);
  }

  @Test
  void missingTrust_redHopNamingTheTrustPolicy() {
    applyAndAdmitBaseUser();
    aws.account(B).role("MyRoleB").trust = EC2_TRUST;

    VerificationReport report = verify(verifier().assumeRoleRetryWindow(Duration.ZERO));

    assertThat(report.passed()).isFalse();
    VerificationStep hop = report.firstFailure().orElseThrow();
    assertThat(hop.kind()).isEqualTo(Kind.ASSUME_ROLE);
    assertThat(hop.target()).isEqualTo(ROLE_B);
    assertThat(hop.live()).isEqualTo(Live.DENIED);
    assertThat(hop.errorCode()).contains("AccessDenied");
    assertThat(hop.requestId()).isPresent();
    assertThat(hop.prediction()).isEqualTo(Prediction.ALLOWED);
    assertThat(hop.differsFromPrediction()).isTrue();
    assertThat(hop.cause()).hasValueSatisfying(c -> assertThat(c)
        .contains("AssumeRole into MyRoleB refused (AccessDenied)", "the live documents deny it",
            "resource side has no matching"));
    assertThat(report.steps()).filteredOn(s -> s.kind().name().startsWith("S3_"))
        .allMatch(s -> s.live() == Live.NOT_RUN);
    assertThat(report.toTable()).contains("differs from prediction at ASSUME_ROLE " + ROLE_B,
        VerificationReport.DIFFERENCE_NOTE, "verification FAILED");
  }

  @Test
  void missingRoleAPermission_redHopNamingTheIdentitySide() {
    applyAndAdmitBaseUser();
    aws.account(A).role("MyRoleA").inline.clear();

    VerificationReport report = verify(verifier().assumeRoleRetryWindow(Duration.ZERO));

    VerificationStep hop = report.firstFailure().orElseThrow();
    assertThat(hop.target()).isEqualTo(ROLE_B);
    assertThat(hop.live()).isEqualTo(Live.DENIED);
    assertThat(hop.cause()).hasValueSatisfying(c -> assertThat(c)
        .contains("the live documents deny it", "identity side"));
  }

  @Test
  void missingTrustForBaseCredentials_redFirstHop() {
    applyAndAdmitBaseUser();
    aws.account(A).role("MyRoleA").trust = EC2_TRUST;

    VerificationReport report = verify(verifier().assumeRoleRetryWindow(Duration.ZERO));

    VerificationStep hop = report.firstFailure().orElseThrow();
    assertThat(hop.target()).isEqualTo(ROLE_A);
    assertThat(hop.prediction()).isEqualTo(Prediction.NOT_PREDICTED);
    assertThat(hop.differsFromPrediction()).isFalse();
    assertThat(hop.cause()).hasValueSatisfying(c -> assertThat(c)
        .contains("the live trust policy of MyRoleA does not admit " + FakeAws.baseUserArn(A)));
    assertThat(step(report, Kind.ASSUME_ROLE, ROLE_B).live()).isEqualTo(Live.NOT_RUN);
  }

  // MyRoleB lives in the bucket's account: its own bucket-access policy is enough, as on AWS, and iamkit agrees.
  @Test
  void bucketPolicyMissing_sameAccountRoleStillReaches_andPredictionAgrees() {
    applyAndAdmitBaseUser();
    aws.account(B).buckets.put(BUCKET, "");

    VerificationReport report = verify();

    assertThat(report.passed()).isTrue();
    assertThat(report.differences()).isEmpty();
  }

  @Test
  void bucketPolicyMissing_andRoleBPolicyMissing_redProbeNamingTheBucketSide() {
    applyAndAdmitBaseUser();
    aws.account(B).buckets.put(BUCKET, "");
    aws.account(B).role("MyRoleB").inline.clear();

    VerificationReport report = verify();

    VerificationStep list = report.firstFailure().orElseThrow();
    assertThat(list.kind()).isEqualTo(Kind.S3_LIST);
    assertThat(list.live()).isEqualTo(Live.DENIED);
    assertThat(list.errorCode()).contains("AccessDenied");
    assertThat(list.differsFromPrediction()).isTrue();
    assertThat(list.cause()).hasValueSatisfying(c -> assertThat(c)
        .contains("s3:ListBucket refused", "the live documents deny it", "(the bucket has no policy)"));
  }

  @Test
  void bucketPolicyDenyingPut_redProbeNamingTheExplicitDeny() {
    applyAndAdmitBaseUser();
    aws.account(B).buckets.put(BUCKET, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"NoWrites\","
        + "\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::"
        + BUCKET + "/*\"}]}");

    VerificationReport report = verify();

    assertThat(step(report, Kind.S3_LIST, "s3://").passed()).isTrue();
    VerificationStep put = report.firstFailure().orElseThrow();
    assertThat(put.kind()).isEqualTo(Kind.S3_PUT);
    assertThat(put.cause()).hasValueSatisfying(c -> assertThat(c).contains("explicit deny"));
    assertThat(step(report, Kind.S3_GET, "s3://").live()).isEqualTo(Live.NOT_RUN);
    assertThat(step(report, Kind.S3_DELETE, "s3://").live()).isEqualTo(Live.NOT_RUN);
  }

  private void requireExternalIdOnRoleB(String externalId) {
    aws.account(B).role("MyRoleB").trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"" + ROLE_A + "\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
        + "{\"sts:ExternalId\":\"" + externalId + "\"}}}]}";
  }

  @Test
  void externalIdRequiredButNotConfigured_redHopNamingTheExternalId() {
    applyAndAdmitBaseUser();
    requireExternalIdOnRoleB("ext-123");

    VerificationReport report = verify(verifier().assumeRoleRetryWindow(Duration.ZERO));

    VerificationStep hop = report.firstFailure().orElseThrow();
    assertThat(hop.target()).isEqualTo(ROLE_B);
    assertThat(hop.cause()).hasValueSatisfying(c -> assertThat(c)
        .contains("the trust policy requires sts:ExternalId, and no external ID was configured"));
  }

  @Test
  void externalIdConfigured_passesAndWrongExternalIdIsRefused() {
    applyAndAdmitBaseUser();
    requireExternalIdOnRoleB("ext-123");

    VerificationReport report = verify(verifier().externalId("MyRoleB", "ext-123"));

    assertThat(report.passed()).as(report.toTable()).isTrue();
    VerificationStep negative = step(report, Kind.WRONG_EXTERNAL_ID, ROLE_B);
    assertThat(negative.expectAllowed()).isFalse();
    assertThat(negative.live()).isEqualTo(Live.DENIED);
    assertThat(negative.errorCode()).contains("AccessDenied");
    // The set-up's own trust policy does not require an external ID: the live account has a condition it lacks.
    assertThat(negative.prediction()).isEqualTo(Prediction.ALLOWED);
    assertThat(negative.differsFromPrediction()).isTrue();
    assertThat(aws.calls()).filteredOn(c -> c.contains(ROLE_B) && c.endsWith("AccessDenied")).hasSize(1);
  }

  @Test
  void externalIdConfiguredButNotChecked_wrongExternalIdAccepted_isRed() {
    applyAndAdmitBaseUser();

    VerificationReport report = verify(verifier().externalId("MyRoleB", "ext-123"));

    VerificationStep negative = report.firstFailure().orElseThrow();
    assertThat(negative.kind()).isEqualTo(Kind.WRONG_EXTERNAL_ID);
    assertThat(negative.live()).isEqualTo(Live.ALLOWED);
    assertThat(negative.cause()).hasValueSatisfying(c -> assertThat(c).contains("does not check sts:ExternalId"));
    assertThat(step(report, Kind.S3_DELETE, "s3://").passed()).isTrue();
  }

  @Test
  void propagationDelay_survivedWithinTheRetryWindow() {
    aws.denyAssumeRoleAfterCreate(3);
    applyAndAdmitBaseUser();

    VerificationReport report = verify();

    assertThat(report.passed()).as(report.toTable()).isTrue();
    assertThat(step(report, Kind.ASSUME_ROLE, ROLE_A).attempts()).isEqualTo(4);
    assertThat(step(report, Kind.ASSUME_ROLE, ROLE_B).attempts()).isEqualTo(4);
    assertThat(step(report, Kind.ASSUME_ROLE, ROLE_B).duration()).isEqualTo(Duration.ofSeconds(7));
    assertThat(events).filteredOn(e -> e.startsWith("retry ")).containsExactly(
        "retry " + ROLE_A + " #1 AccessDenied PT1S", "retry " + ROLE_A + " #2 AccessDenied PT2S",
        "retry " + ROLE_A + " #3 AccessDenied PT4S", "retry " + ROLE_B + " #1 AccessDenied PT1S",
        "retry " + ROLE_B + " #2 AccessDenied PT2S", "retry " + ROLE_B + " #3 AccessDenied PT4S");
  }

  @Test
  void propagationDelay_beyondTheRetryWindow_isRed() {
    aws.denyAssumeRoleAfterCreate(10);
    applyAndAdmitBaseUser();

    VerificationReport report = verify(verifier().assumeRoleRetryWindow(Duration.ofSeconds(5)));

    VerificationStep hop = report.firstFailure().orElseThrow();
    assertThat(hop.target()).isEqualTo(ROLE_A);
    assertThat(hop.attempts()).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void badBaseCredentials_redBaseIdentity_restNotRun() {
    VerificationReport report = verify(ChainVerifier.builder().base(AccountClients.builder().account(A)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAUNKNOWN", "nope")))
        .endpointOverride(aws.endpoint()).build()));

    assertThat(report.steps().get(0).kind()).isEqualTo(Kind.BASE_IDENTITY);
    assertThat(report.steps().get(0).errorCode()).contains("InvalidClientTokenId");
    assertThat(report.steps().subList(1, report.steps().size())).hasSize(6)
        .allMatch(s -> s.live() == Live.NOT_RUN && !s.passed());
  }

  @Test
  void sessionCredentials_neverAppearInReportListenerOrToString() {
    applyAndAdmitBaseUser();
    List<String> texts = new ArrayList<>();
    VerificationReport green = verify(verifier().externalId("MyRoleB", "ext-123"));
    aws.account(B).role("MyRoleB").inline.clear();
    VerificationReport red = verify(verifier().assumeRoleRetryWindow(Duration.ZERO));
    for (VerificationReport report : List.of(green, red)) {
      texts.add(report.toString());
      texts.add(report.toTable());
      for (VerificationStep step : report.steps()) {
        texts.add(step.toString());
        step.detail().ifPresent(texts::add);
        step.cause().ifPresent(texts::add);
        texts.add(step.predictionReason());
      }
    }
    texts.addAll(events);
    try (ChainVerifier verifier = verifier().externalId("MyRoleB", "ext-123").build()) {
      texts.add(verifier.toString());
    }

    List<String> secrets = aws.issuedSecrets();
    assertThat(secrets).filteredOn(s -> s.startsWith("session-token-")).hasSizeGreaterThanOrEqualTo(3);
    for (String text : texts) {
      for (String secret : secrets) {
        assertThat(text).doesNotContain(secret);
      }
      assertThat(text).doesNotContain("ASIAFAKE", "session-secret-", "session-token-", "fake-secret-", "ext-123");
    }
  }
}
