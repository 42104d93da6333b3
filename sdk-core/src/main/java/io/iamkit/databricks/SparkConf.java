package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.s3.spark-conf}: not a policy but the configuration that makes a cluster running with
 * MyRoleA's instance profile reach the bucket as {@code MyRoleB}: the cluster's Spark config and, for a bucket,
 * the {@code dbutils.fs.mount} command with the same settings as extra configs.
 *
 * <pre>{@code
 * SparkConf conf = SparkConf.builder()
 *     .bucketOwnerAccountId("444455556666")
 *     .bucket("acme-shared-data")
 *     .build();
 * conf.properties();    // {spark.hadoop.fs.s3a.credentialsType=AssumeRole,
 *                       //  spark.hadoop.fs.s3a.stsAssumeRole.arn=arn:aws:iam::444455556666:role/MyRoleB,
 *                       //  spark.hadoop.fs.s3a.acl.default=BucketOwnerFullControl}
 * conf.mountCommand();  // Optional[dbutils.fs.mount("s3a://acme-shared-data", "/mnt/acme-shared-data", ...)]
 * conf.lines();         // what the pattern renders: "key value" lines, then the mount command
 * }</pre>
 *
 * <p>Source: "Secure access to S3 buckets across accounts using instance profiles with an AssumeRole policy"
 * (seed 001), Step 4: "On the Spark tab, optionally set the assumeRole credential type and assume role ARN
 * MyRoleB" (three {@code key value} lines, which the seed's text runs together) and "Optionally mount
 * {@code <s3-bucket-name>} on DBFS with extra configurations" (the recommended option). The mount command is
 * rendered on one line exactly as the seed prints it, including its mix of keys: {@code fs.s3a.credentialsType}
 * and {@code fs.s3a.stsAssumeRole.arn} without the {@code spark.hadoop.} prefix,
 * {@code spark.hadoop.fs.s3a.acl.default} with it. The role ARN is in the commercial {@code aws} partition, as the
 * seed prints it.
 */
public final class SparkConf {
  static final String ID = "databricks.s3.spark-conf";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Not a policy: the cluster Spark config, and the dbutils.fs.mount command with its extra "
          + "configs, for AssumeRole to MyRoleB")
      .seeds("001")
      .required("bucketOwnerAccountId", "the AWS account ID of the bucket owner (Account B), where MyRoleB lives")
      .optional("roleB", "MyRoleB", "the name of the role in the bucket owner's account that the cluster assumes")
      .optional("bucket", "the S3 bucket to mount on DBFS; when given, the dbutils.fs.mount command follows the "
          + "Spark config lines")
      .render(p -> {
        Builder builder = builder()
            .bucketOwnerAccountId(p.accountId("bucketOwnerAccountId"))
            .roleB(p.string("roleB"));
        p.optional("bucket").ifPresent(builder::bucket);
        return PatternOutput.lines(builder.build().lines());
      });

  private final Map<String, String> properties;
  private final Map<String, String> mountExtraConfigs;
  private final @Nullable String bucket;

  private SparkConf(Arn roleB, @Nullable String bucket) {
    Map<String, String> cluster = new LinkedHashMap<>();
    cluster.put("spark.hadoop.fs.s3a.credentialsType", "AssumeRole");
    cluster.put("spark.hadoop.fs.s3a.stsAssumeRole.arn", roleB.toString());
    cluster.put("spark.hadoop.fs.s3a.acl.default", "BucketOwnerFullControl");
    Map<String, String> mount = new LinkedHashMap<>();
    mount.put("fs.s3a.credentialsType", "AssumeRole");
    mount.put("fs.s3a.stsAssumeRole.arn", roleB.toString());
    mount.put("spark.hadoop.fs.s3a.acl.default", "BucketOwnerFullControl");
    this.properties = Collections.unmodifiableMap(cluster);
    this.mountExtraConfigs = Collections.unmodifiableMap(mount);
    this.bucket = bucket;
  }

  /** Returns a builder; the bucket owner's account ID is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cluster's Spark config, in the order the documentation lists it: credentials type {@code AssumeRole}, the
   * ARN of MyRoleB, and the default ACL {@code BucketOwnerFullControl}.
   */
  public Map<String, String> properties() {
    return properties;
  }

  /** The {@code extraConfigs} of the mount command, in the documentation's order and with its keys. */
  public Map<String, String> mountExtraConfigs() {
    return mountExtraConfigs;
  }

  /**
   * The Scala command that mounts the bucket on {@code /mnt/<bucket>} with {@link #mountExtraConfigs()}, on one
   * line; empty when no bucket was given.
   */
  public Optional<String> mountCommand() {
    if (bucket == null) {
      return Optional.empty();
    }
    String extraConfigs = mountExtraConfigs.entrySet().stream()
        .map(e -> quote(e.getKey()) + " -> " + quote(e.getValue()))
        .collect(Collectors.joining(", "));
    return Optional.of("dbutils.fs.mount(" + quote("s3a://" + bucket) + ", " + quote("/mnt/" + bucket)
        + ", extraConfigs = Map( " + extraConfigs + " ) )");
  }

  /**
   * What the pattern renders: one {@code key value} line per Spark config property, as the cluster's Spark tab
   * takes them, then the mount command when a bucket was given.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    properties.forEach((key, value) -> lines.add(key + " " + value));
    mountCommand().ifPresent(lines::add);
    return Collections.unmodifiableList(lines);
  }

  private static String quote(String text) {
    return '"' + text + '"';
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SparkConf
        && ((SparkConf) other).properties.equals(properties)
        && Objects.equals(((SparkConf) other).bucket, bucket);
  }

  @Override
  public int hashCode() {
    return Objects.hash(properties, bucket);
  }

  /** Returns the lines, one per line. */
  @Override
  public String toString() {
    return String.join("\n", lines());
  }

  /** Builds the Spark configuration. */
  public static final class Builder {
    private @Nullable AccountId bucketOwnerAccountId;
    private String roleB = "MyRoleB";
    private @Nullable String bucket;

    private Builder() {}

    /** The account that owns the bucket and MyRoleB (Account B). Required. */
    public Builder bucketOwnerAccountId(AccountId value) {
      this.bucketOwnerAccountId = Objects.requireNonNull(value, "bucketOwnerAccountId == null");
      return this;
    }

    /**
     * The account that owns the bucket and MyRoleB (Account B). Required.
     *
     * @throws ParameterException if it is not 12 digits
     */
    public Builder bucketOwnerAccountId(String value) {
      return bucketOwnerAccountId(Validate.accountId("bucketOwnerAccountId", value));
    }

    /**
     * The name of the role the cluster assumes; by default {@code MyRoleB}.
     *
     * @throws ParameterException if it is not a valid IAM role name
     */
    public Builder roleB(String value) {
      this.roleB = Validate.roleName("roleB", Objects.requireNonNull(value, "roleB == null"));
      return this;
    }

    /**
     * The bucket to mount on DBFS. Optional: without it there is no mount command.
     *
     * @throws ParameterException if it breaks the S3 bucket naming rules
     */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", Objects.requireNonNull(value, "bucket == null"), false);
      return this;
    }

    /**
     * Returns the Spark configuration.
     *
     * @throws ParameterException if the bucket owner's account ID was not given
     */
    public SparkConf build() {
      if (bucketOwnerAccountId == null) {
        throw new ParameterException("bucketOwnerAccountId", null, "is required by " + ID);
      }
      return new SparkConf(Arn.role(Partition.AWS, bucketOwnerAccountId, roleB), bucket);
    }
  }
}
