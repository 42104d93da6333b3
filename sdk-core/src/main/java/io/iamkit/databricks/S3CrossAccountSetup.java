package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * S3 access across accounts with an instance profile and AssumeRole (seed 001): MyRoleA in the deployment account
 * A, with its instance profile and the policy to assume MyRoleB; MyRoleB in the bucket owner's account B, trusting
 * MyRoleA, with the bucket permissions; the bucket policy naming MyRoleB; the cluster Spark config; and, when
 * named, the workspace's existing cross-account role with the {@code iam:PassRole} policy for MyRoleA.
 *
 * <pre>{@code
 * S3CrossAccountSetup setup = S3CrossAccountSetup.builder()
 *     .deploymentAccountId("111122223333")
 *     .bucketOwnerAccountId("444455556666")
 *     .bucket("acme-shared-data")
 *     .crossAccountRole("databricks-cross-account-role")
 *     .build();
 * setup.sparkConf().lines().forEach(System.out::println);
 * }</pre>
 *
 * <p>MyRoleA's trust policy is not printed in seed 001, which creates it as an EC2 instance profile role; it is
 * the trust policy the IAM console writes for the "AWS service: EC2" trusted entity:
 * {@code {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}}
 * (IAM User Guide, "Using an IAM role to grant permissions to applications running on Amazon EC2 instances").
 * The documents of this set-up are in the commercial partition only, as the seed prints them.
 */
public final class S3CrossAccountSetup implements DatabricksSetup {
  /** The name of MyRoleA's inline policy that lets it assume MyRoleB. */
  public static final String ASSUME_ROLE_B_POLICY_NAME = "assume-role-b";
  /** The name of MyRoleB's inline policy on the bucket. */
  public static final String BUCKET_ACCESS_POLICY_NAME = "bucket-access";
  /** The name of the cross-account role's inline policy that lets it pass MyRoleA to clusters. */
  public static final String PASS_ROLE_POLICY_NAME = "databricks-pass-role-a";

  private final List<SetupRole> roles;
  private final SetupInstanceProfile instanceProfile;
  private final SetupBucketPolicy bucketPolicy;
  private final SparkConf sparkConf;

  private S3CrossAccountSetup(List<SetupRole> roles, SetupInstanceProfile instanceProfile,
      SetupBucketPolicy bucketPolicy, SparkConf sparkConf) {
    this.roles = List.copyOf(roles);
    this.instanceProfile = instanceProfile;
    this.bucketPolicy = bucketPolicy;
    this.sparkConf = sparkConf;
  }

  /** Returns a builder; the two account IDs and the bucket are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The trust policy of an EC2 instance role: EC2 may assume it. */
  static PolicyDocument ec2TrustPolicy() {
    return PolicyDocument.of(Statement.builder()
        .effect(Effect.ALLOW)
        .principal(Principal.service("ec2.amazonaws.com"))
        .addAction(Action.STS_ASSUME_ROLE)
        .build());
  }

  @Override
  public String kind() {
    return "s3-cross-account";
  }

  @Override
  public DatabricksPartition partition() {
    return DatabricksPartition.AWS;
  }

  /** MyRoleA, in the deployment account. */
  public SetupRole roleA() {
    return roles.get(0);
  }

  /** MyRoleB, in the bucket owner's account. */
  public SetupRole roleB() {
    return roles.get(1);
  }

  /** The workspace's existing cross-account role that gets the pass-role policy, if one was named. */
  public Optional<SetupRole> crossAccountRole() {
    return roles.size() > 2 ? Optional.of(roles.get(2)) : Optional.empty();
  }

  /** MyRoleA's instance profile, which you add to the Databricks workspace. */
  public SetupInstanceProfile instanceProfile() {
    return instanceProfile;
  }

  /** The bucket policy naming MyRoleB. */
  public SetupBucketPolicy bucketPolicy() {
    return bucketPolicy;
  }

  /** The cluster Spark config (and mount command) to assume MyRoleB. */
  public SparkConf sparkConf() {
    return sparkConf;
  }

  @Override
  public List<SetupRole> roles() {
    return roles;
  }

  @Override
  public List<SetupInstanceProfile> instanceProfiles() {
    return List.of(instanceProfile);
  }

  @Override
  public List<SetupBucketPolicy> bucketPolicies() {
    return List.of(bucketPolicy);
  }

  @Override
  public String toString() {
    return "S3CrossAccountSetup{" + roles + ", " + instanceProfile + ", " + bucketPolicy + "}";
  }

  /** Builds an {@link S3CrossAccountSetup}. */
  public static final class Builder {
    private @Nullable AccountId deploymentAccountId;
    private @Nullable AccountId bucketOwnerAccountId;
    private @Nullable String bucket;
    private String roleA = "MyRoleA";
    private String roleB = "MyRoleB";
    private @Nullable String crossAccountRole;

    private Builder() {}

    /** Account A, where Databricks runs clusters and MyRoleA lives. Required. */
    public Builder deploymentAccountId(String value) {
      this.deploymentAccountId = Validate.accountId("deploymentAccountId", value);
      return this;
    }

    /** Account B, which owns the bucket and MyRoleB. Required. */
    public Builder bucketOwnerAccountId(String value) {
      this.bucketOwnerAccountId = Validate.accountId("bucketOwnerAccountId", value);
      return this;
    }

    /** The bucket in account B. Required. */
    public Builder bucket(String value) {
      this.bucket = Validate.bucketName("bucket", value, false);
      return this;
    }

    /** MyRoleA's name; by default {@code MyRoleA}. */
    public Builder roleA(String value) {
      this.roleA = Validate.roleName("roleA", value);
      return this;
    }

    /** MyRoleB's name; by default {@code MyRoleB}. */
    public Builder roleB(String value) {
      this.roleB = Validate.roleName("roleB", value);
      return this;
    }

    /**
     * The workspace's existing cross-account role (the "Account A role used to create clusters"), which gets the
     * seed's cluster-creation policy with {@code iam:PassRole} on MyRoleA. Optional: without it the set-up leaves
     * that role alone.
     */
    public Builder crossAccountRole(String value) {
      this.crossAccountRole = Validate.roleName("crossAccountRole", value);
      return this;
    }

    /**
     * Returns the set-up.
     *
     * @throws ParameterException if a required parameter is missing or a value breaks its rule
     */
    public S3CrossAccountSetup build() {
      String what = "the S3 cross-account set-up";
      AccountId a = Setups.require(deploymentAccountId, "deploymentAccountId", what);
      AccountId b = Setups.require(bucketOwnerAccountId, "bucketOwnerAccountId", what);
      String bucketName = Setups.require(bucket, "bucket", what);
      List<SetupRole> roles = new ArrayList<>();
      roles.add(SetupRole.create(Partition.AWS, a, roleA, ec2TrustPolicy(), List.of(NamedPolicy.of(
          ASSUME_ROLE_B_POLICY_NAME, RoleAAssumeRoleB.builder().bucketOwnerAccountId(b).roleB(roleB).build()))));
      roles.add(SetupRole.create(Partition.AWS, b, roleB,
          RoleBTrust.builder().deploymentAccountId(a).roleA(roleA).build(),
          List.of(NamedPolicy.of(BUCKET_ACCESS_POLICY_NAME, S3BucketPolicy.builder().bucket(bucketName)
              .bucketOwnerAccountId(b).roleB(roleB).withPrincipal(false).build()))));
      if (crossAccountRole != null) {
        roles.add(SetupRole.existing(Partition.AWS, a, crossAccountRole, List.of(NamedPolicy.of(
            PASS_ROLE_POLICY_NAME, RoleAPassRole.builder().deploymentAccountId(a).roleA(roleA).build()))));
      }
      SetupInstanceProfile profile = SetupInstanceProfile.of(Partition.AWS, a, roleA, roleA);
      SetupBucketPolicy bucketPolicy = SetupBucketPolicy.of(b, bucketName, S3BucketPolicy.builder()
          .bucket(bucketName).bucketOwnerAccountId(b).roleB(roleB).withPrincipal(true).build());
      SparkConf sparkConf = SparkConf.builder().bucketOwnerAccountId(b).roleB(roleB).bucket(bucketName).build();
      return new S3CrossAccountSetup(roles, profile, bucketPolicy, sparkConf);
    }

  }
}
