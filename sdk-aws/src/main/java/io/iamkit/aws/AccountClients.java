package io.iamkit.aws;

import io.iamkit.policy.AccountId;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;

/**
 * How to reach one AWS account: its ID, the credentials provider to sign with, the region, and optionally an
 * endpoint that replaces AWS's (a test endpoint or a VPC endpoint).
 *
 * <pre>{@code
 * AccountClients deployment = AccountClients.builder()
 *     .account("111122223333")
 *     .credentialsProvider(ProfileCredentialsProvider.create("deployment"))
 *     .region(Region.US_EAST_1)
 *     .build();
 * }</pre>
 *
 * <p>The clients it builds do not retry on their own: {@link Applier} retries with its own bounded budget. Its
 * {@code toString} names the account, region and endpoint, never the credentials.
 */
public final class AccountClients {
  private final AccountId account;
  private final AwsCredentialsProvider credentialsProvider;
  private final Region region;
  private final @Nullable URI endpointOverride;

  private AccountClients(Builder builder) {
    this.account = Objects.requireNonNull(builder.account, "account == null");
    this.credentialsProvider = Objects.requireNonNull(builder.credentialsProvider, "credentialsProvider == null");
    this.region = builder.region;
    this.endpointOverride = builder.endpointOverride;
  }

  /** Returns an empty builder; the account and the credentials provider are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The account these clients act in. */
  public AccountId account() {
    return account;
  }

  /** The region of the S3 client; the IAM client uses the global endpoint of the region's partition. */
  public Region region() {
    return region;
  }

  /** The endpoint that replaces AWS's for both IAM and S3 (S3 then uses path-style requests), if any. */
  public Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpointOverride);
  }

  /** Builds a new IAM client for this account; the caller closes it. */
  public IamClient buildIamClient() {
    IamClientBuilder builder = IamClient.builder()
        .credentialsProvider(credentialsProvider)
        .region(globalRegion(region))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride);
    }
    return builder.build();
  }

  /** Builds a new S3 client for this account; the caller closes it. */
  public S3Client buildS3Client() {
    return buildS3Client(credentialsProvider);
  }

  /** The credentials provider; package-private so that it never leaks through the public API. */
  AwsCredentialsProvider credentialsProvider() {
    return credentialsProvider;
  }

  /** Builds a new STS client for this account (regional endpoint, no retries); the caller closes it. */
  public StsClient buildStsClient() {
    return buildStsClient(credentialsProvider);
  }

  /** Builds a new STS client signing with {@code credentials}, in this account's region and endpoint. */
  StsClient buildStsClient(AwsCredentialsProvider credentials, ExecutionInterceptor... interceptors) {
    StsClientBuilder builder = StsClient.builder()
        .credentialsProvider(credentials)
        .region(region)
        .overrideConfiguration(c -> {
          c.retryStrategy(AwsRetryStrategy.doNotRetry());
          for (ExecutionInterceptor interceptor : interceptors) {
            c.addExecutionInterceptor(interceptor);
          }
        });
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride);
    }
    return builder.build();
  }

  /** Builds a new S3 client signing with {@code credentials}, in this account's region and endpoint. */
  S3Client buildS3Client(AwsCredentialsProvider credentials) {
    S3ClientBuilder builder = S3Client.builder()
        .credentialsProvider(credentials)
        .region(region)
        .crossRegionAccessEnabled(true)
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride).forcePathStyle(true);
    }
    return builder.build();
  }

  /** IAM is global: its region is the partition's global one. */
  static Region globalRegion(Region region) {
    String partition = region.metadata() == null ? "aws" : region.metadata().partition().id();
    switch (partition) {
      case "aws-us-gov":
        return Region.AWS_US_GOV_GLOBAL;
      case "aws-cn":
        return Region.AWS_CN_GLOBAL;
      default:
        return Region.AWS_GLOBAL;
    }
  }

  /** Returns {@code AccountClients{account=…, region=…[, endpoint=…]}}, without credentials. */
  @Override
  public String toString() {
    return "AccountClients{account=" + account + ", region=" + region
        + (endpointOverride == null ? "" : ", endpoint=" + endpointOverride) + "}";
  }

  /** Builds {@link AccountClients}. */
  public static final class Builder {
    private @Nullable AccountId account;
    private @Nullable AwsCredentialsProvider credentialsProvider;
    private Region region = Region.US_EAST_1;
    private @Nullable URI endpointOverride;

    private Builder() {}

    /** The 12-digit account ID. Required. */
    public Builder account(AccountId value) {
      this.account = Objects.requireNonNull(value, "account == null");
      return this;
    }

    /** The 12-digit account ID. Required. */
    public Builder account(String value) {
      return account(AccountId.of(value));
    }

    /** The credentials of a principal in the account. Required. */
    public Builder credentialsProvider(AwsCredentialsProvider value) {
      this.credentialsProvider = Objects.requireNonNull(value, "credentialsProvider == null");
      return this;
    }

    /** The region; by default {@code us-east-1}. */
    public Builder region(Region value) {
      this.region = Objects.requireNonNull(value, "region == null");
      return this;
    }

    /** An endpoint that replaces AWS's for IAM and S3; optional. */
    public Builder endpointOverride(URI value) {
      this.endpointOverride = Objects.requireNonNull(value, "endpointOverride == null");
      return this;
    }

    /**
     * Returns the configuration.
     *
     * @throws NullPointerException if the account or the credentials provider is missing
     */
    public AccountClients build() {
      return new AccountClients(this);
    }
  }
}
