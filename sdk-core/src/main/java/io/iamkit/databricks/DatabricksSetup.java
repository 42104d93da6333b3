package io.iamkit.databricks;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.SizeLimit;
import java.util.ArrayList;
import java.util.List;

/**
 * A Databricks set-up: the documents of one or more patterns put together, each on the role, instance profile or
 * bucket that holds it.
 *
 * <pre>{@code
 * DatabricksSetup setup = WorkspaceCredentialSetup.builder()
 *     .accountId("111122223333").roleName("databricks-cross-account").externalId("my-databricks-account-id")
 *     .build();
 * setup.requireWithinLimits();
 * setup.sizes().forEach(System.out::println);
 * }</pre>
 */
public interface DatabricksSetup {
  /** The kind of set-up, such as {@code workspace-credential}. */
  String kind();

  /** The Databricks deployment. */
  DatabricksPartition partition();

  /** The roles, in the order to create them; none by default. */
  default List<SetupRole> roles() {
    return List.of();
  }

  /** The instance profiles; none by default. */
  default List<SetupInstanceProfile> instanceProfiles() {
    return List.of();
  }

  /** The bucket policies; none by default. */
  default List<SetupBucketPolicy> bucketPolicies() {
    return List.of();
  }

  /**
   * The size of every document against the IAM limit for its kind: each trust policy against
   * {@code trustPolicyLimit}, the inline policies of each role together against
   * {@link SizeLimit#ROLE_INLINE_POLICIES}, each bucket policy against {@link SizeLimit#S3_BUCKET_POLICY}.
   */
  default List<DocumentSize> sizes(SizeLimit trustPolicyLimit) {
    List<DocumentSize> sizes = new ArrayList<>();
    for (SetupRole role : roles()) {
      role.trustPolicy().ifPresent(trust -> sizes.add(
          new DocumentSize("role " + role.name() + " trust policy", trustPolicyLimit.check(trust))));
      if (!role.inlinePolicies().isEmpty()) {
        PolicyDocument[] documents = role.inlinePolicies().stream().map(NamedPolicy::document)
            .toArray(PolicyDocument[]::new);
        sizes.add(new DocumentSize("role " + role.name() + " inline policies",
            SizeLimit.ROLE_INLINE_POLICIES.check(documents)));
      }
    }
    for (SetupBucketPolicy bucket : bucketPolicies()) {
      sizes.add(new DocumentSize("bucket " + bucket.bucket() + " policy",
          SizeLimit.S3_BUCKET_POLICY.check(bucket.policy())));
    }
    return sizes;
  }

  /** The sizes with the default trust policy limit of 2,048 characters. */
  default List<DocumentSize> sizes() {
    return sizes(SizeLimit.ROLE_TRUST_POLICY);
  }

  /**
   * Returns this set-up if every document is within its limit.
   *
   * @throws io.iamkit.policy.PolicySizeException naming the first document over its limit, its size and the
   *     limit
   */
  default DatabricksSetup requireWithinLimits() {
    for (DocumentSize size : sizes()) {
      size.check().requireWithin(size.document());
    }
    return this;
  }
}
