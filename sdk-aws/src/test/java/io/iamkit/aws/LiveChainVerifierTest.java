package io.iamkit.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.iamkit.databricks.S3CrossAccountSetup;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Opt-in: verifies an S3 cross-account set-up against real AWS accounts. Skipped unless
 * {@code IAMKIT_LIVE_DEPLOYMENT_ACCOUNT}, {@code IAMKIT_LIVE_BUCKET_OWNER_ACCOUNT} and {@code IAMKIT_LIVE_BUCKET}
 * are set. Optional: {@code IAMKIT_LIVE_DEPLOYMENT_PROFILE} and {@code IAMKIT_LIVE_BUCKET_OWNER_PROFILE} (profiles
 * of the standard AWS configuration; the default provider chain otherwise), {@code IAMKIT_LIVE_REGION}
 * ({@code us-east-1}), {@code IAMKIT_LIVE_APPLY=true} to apply the set-up first, {@code IAMKIT_LIVE_EXTERNAL_ID_B}
 * when MyRoleB's trust policy requires an external ID. The deployment principal must be allowed to assume MyRoleA
 * (the set-up gives MyRoleA to EC2): add a trust statement for it, which a later apply puts back.
 */
class LiveChainVerifierTest {
  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }

  private static AwsCredentialsProvider credentials(String profileVariable) {
    Optional<String> profile = env(profileVariable);
    return profile.isPresent() ? ProfileCredentialsProvider.create(profile.get())
        : DefaultCredentialsProvider.builder().build();
  }

  @Test
  void liveAccounts_verifyChainPasses() {
    Optional<String> deployment = env("IAMKIT_LIVE_DEPLOYMENT_ACCOUNT");
    Optional<String> owner = env("IAMKIT_LIVE_BUCKET_OWNER_ACCOUNT");
    Optional<String> bucket = env("IAMKIT_LIVE_BUCKET");
    assumeTrue(deployment.isPresent() && owner.isPresent() && bucket.isPresent(),
        "set IAMKIT_LIVE_DEPLOYMENT_ACCOUNT, IAMKIT_LIVE_BUCKET_OWNER_ACCOUNT and IAMKIT_LIVE_BUCKET to run");
    Region region = Region.of(env("IAMKIT_LIVE_REGION").orElse("us-east-1"));
    AccountClients a = AccountClients.builder().account(deployment.get())
        .credentialsProvider(credentials("IAMKIT_LIVE_DEPLOYMENT_PROFILE")).region(region).build();
    AccountClients b = AccountClients.builder().account(owner.get())
        .credentialsProvider(credentials("IAMKIT_LIVE_BUCKET_OWNER_PROFILE")).region(region).build();
    S3CrossAccountSetup setup = S3CrossAccountSetup.builder().deploymentAccountId(deployment.get())
        .bucketOwnerAccountId(owner.get()).bucket(bucket.get()).build();

    if (env("IAMKIT_LIVE_APPLY").filter("true"::equals).isPresent()) {
      try (Applier applier = Applier.builder().account(a).account(b).build()) {
        applier.apply(setup);
      }
    }
    ChainVerifier.Builder builder = ChainVerifier.builder().base(a).account(b).listener(new VerifyListener() {
      @Override
      public void stepFinished(VerificationStep step) {
        System.err.println(step);
      }
    });
    env("IAMKIT_LIVE_EXTERNAL_ID_B").ifPresent(id -> builder.externalId(setup.roleB().name(), id));
    try (ChainVerifier verifier = builder.build()) {
      VerificationReport report = verifier.verifyChain(setup);
      System.err.print(report.toTable());
      assertThat(report.passed()).as(report.toTable()).isTrue();
    }
  }
}
