package io.iamkit.sim.databricks;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.SetupBucketPolicy;
import io.iamkit.databricks.SetupInstanceProfile;
import io.iamkit.databricks.SetupRole;
import io.iamkit.databricks.StagingBucketSetup;
import io.iamkit.databricks.StagingTrust;
import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.Credentials;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link AccountModel} from Databricks set-ups: every role, instance profile and bucket policy they hold,
 * in its account, and the principals outside your accounts that act on them, so that Databricks' side of each
 * set-up can be simulated.
 *
 * <pre>{@code
 * WorkspaceCredentialSetup setup = WorkspaceCredentialSetup.builder()
 *     .accountId("111122223333").externalId("0a1b2c3d-...").build();
 * AccountModel model = DatabricksAccounts.from(setup);
 * StepResult result = model.simulateAssumeRole(DatabricksAccounts.databricks(DatabricksPartition.AWS),
 *     Hop.to(setup.role().arn()).withExternalId("0a1b2c3d-..."));
 * }</pre>
 *
 * <p>The principals outside your accounts, each a role whose identity policy allows {@code sts:AssumeRole} on
 * {@code *} (their real policies are not published; iamkit assumes their side allows what the set-ups need, so
 * that a simulation tests your side):
 *
 * <ul>
 *   <li>{@link #DEPLOYMENT_ROLE_NAME} in the Databricks account of each deployment ({@code 414351767826} in
 *       {@code aws}): the caller that assumes a workspace's cross-account role and uses the workspace root bucket;
 *       its identity policy also allows {@code s3:*} on {@code *}, and it carries the tag
 *       {@code DatabricksAccountId} when a {@link StorageConfigurationSetup} names one. Databricks does not publish
 *       this role's name; the name is iamkit's.
 *   <li>The Unity Catalog master role and the log-delivery role of each deployment, as
 *       {@link DatabricksPartition} names them.
 *   <li>The third party of a {@link StagingBucketSetup}: the role or user it names, or, for an account root, a
 *       role {@link #THIRD_PARTY_ROLE_NAME} of that account (Polytomic's service role for Polytomic's account).
 * </ul>
 *
 * <p>Buckets that a set-up's roles use but whose policy it does not hold (the Unity Catalog and staging buckets)
 * are put, without a bucket policy, in the account of the role that uses them. A role that several set-ups hold
 * is merged: its inline policies are put together, and at most one trust policy may differ from none.
 */
public final class DatabricksAccounts {
  /** The name iamkit gives the Databricks role that assumes workspace cross-account roles (not published). */
  public static final String DEPLOYMENT_ROLE_NAME = "databricks-deployment";
  /** The name iamkit gives the role that acts for a third party named by its account root. */
  public static final String THIRD_PARTY_ROLE_NAME = "third-party";
  /** The session name of the callers {@link #databricks}, {@link #unityCatalog} and {@link #logDelivery} return. */
  public static final String SESSION_NAME = "databricks";

  private static final PolicyDocument ASSUME_ANY_ROLE = PolicyDocument.of(Statement.allow("sts:AssumeRole")
      .addResource(Resource.ALL).build());
  private static final PolicyDocument DEPLOYMENT_POLICY = PolicyDocument.builder()
      .addStatement(Statement.allow("sts:AssumeRole").addResource(Resource.ALL).build())
      .addStatement(Statement.allow("s3:*").addResource(Resource.ALL).build())
      .build();
  static final String MODELLED_POLICY = "modelled-by-iamkit";

  private DatabricksAccounts() {}

  /** Returns the model of {@code setups} and the principals that act on them. */
  public static AccountModel from(DatabricksSetup... setups) {
    return from(List.of(setups));
  }

  /**
   * Returns the model of {@code setups} and the principals that act on them.
   *
   * @throws PolicyValidationException if two set-ups give one role two different trust policies, or one inline
   *     policy name two different documents
   */
  public static AccountModel from(List<? extends DatabricksSetup> setups) {
    return builder(setups).build();
  }

  /** Returns a builder holding the model of {@code setups}, to add SCPs, other roles or buckets. */
  public static AccountModel.Builder builder(List<? extends DatabricksSetup> setups) {
    Map<Arn, MergedRole> roles = new LinkedHashMap<>();
    Map<String, SetupBucketPolicy> bucketPolicies = new LinkedHashMap<>();
    Map<String, AccountId> usedBuckets = new LinkedHashMap<>();
    List<SetupInstanceProfile> profiles = new ArrayList<>();
    Set<DatabricksPartition> partitions = new LinkedHashSet<>();
    Map<String, Arn> thirdParties = new LinkedHashMap<>();
    String databricksAccountTag = null;
    for (DatabricksSetup setup : setups) {
      Objects.requireNonNull(setup, "setup == null");
      partitions.add(setup.partition());
      for (SetupRole role : setup.roles()) {
        roles.computeIfAbsent(role.arn(), arn -> new MergedRole(role)).merge(role);
      }
      profiles.addAll(setup.instanceProfiles());
      for (SetupBucketPolicy bucket : setup.bucketPolicies()) {
        SetupBucketPolicy other = bucketPolicies.put(bucket.bucket(), bucket);
        if (other != null && !other.equals(bucket)) {
          throw new PolicyValidationException("SetupBucketPolicy", "policy", "two set-ups give the bucket two "
              + "different policies", bucket.bucket());
        }
      }
      if (setup instanceof UnityCatalogStorageSetup) {
        UnityCatalogStorageSetup uc = (UnityCatalogStorageSetup) setup;
        usedBuckets.putIfAbsent(uc.bucket(), uc.role().account());
      } else if (setup instanceof StagingBucketSetup) {
        StagingBucketSetup staging = (StagingBucketSetup) setup;
        usedBuckets.putIfAbsent(staging.bucket(), staging.role().account());
        thirdParties.put(staging.thirdParty().toString(), staging.thirdParty());
      } else if (setup instanceof StorageConfigurationSetup) {
        String tag = ((StorageConfigurationSetup) setup).databricksAccountId().orElse(null);
        databricksAccountTag = tag != null ? tag : databricksAccountTag;
      }
    }

    AccountModel.Builder model = AccountModel.builder();
    for (DatabricksPartition partition : partitions) {
      String tag = databricksAccountTag;
      model.account(partition.databricksAccount(), a -> a
          .partition(partition.arnPartition())
          .role(DEPLOYMENT_ROLE_NAME, r -> {
            r.inlinePolicy(MODELLED_POLICY, DEPLOYMENT_POLICY);
            if (tag != null) {
              r.tag("DatabricksAccountId", tag);
            }
          }));
      externalRole(model, partition.unityCatalogMasterRole());
      externalRole(model, partition.logDeliveryRole());
    }
    for (Arn thirdParty : thirdParties.values()) {
      Arn caller = thirdPartyCaller(thirdParty);
      if (caller.resource().startsWith("user/")) {
        model.account(caller.account(), a -> a.partition(partitionOf(caller))
            .user(caller.resource().substring("user/".length()), u -> u.inlinePolicy(MODELLED_POLICY,
                ASSUME_ANY_ROLE)));
      } else {
        externalRole(model, caller);
      }
    }
    for (MergedRole role : roles.values()) {
      model.account(role.setupRole.account(), a -> a.partition(role.setupRole.partition())
          .role(role.setupRole.name(), r -> {
            if (role.trust != null) {
              r.trustPolicy(role.trust);
            }
            role.inline.forEach(r::inlinePolicy);
          }));
    }
    for (SetupInstanceProfile profile : profiles) {
      model.account(profile.account(), a -> a.instanceProfile(profile.name(), profile.roleName()));
    }
    bucketPolicies.forEach((name, bucket) -> model.account(bucket.account(), a -> a.bucket(name, bucket.policy())));
    usedBuckets.forEach((name, account) -> {
      if (!bucketPolicies.containsKey(name)) {
        model.account(account, a -> a.bucket(name));
      }
    });
    return model;
  }

  private static void externalRole(AccountModel.Builder model, Arn roleArn) {
    String resource = roleArn.resource();
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    String path = resource.substring("role".length(), resource.lastIndexOf('/') + 1);
    model.account(roleArn.account(), a -> a.partition(partitionOf(roleArn))
        .role(name, r -> r.path(path).inlinePolicy(MODELLED_POLICY, ASSUME_ANY_ROLE)));
  }

  private static io.iamkit.policy.Partition partitionOf(Arn arn) {
    return io.iamkit.policy.Partition.parse(arn.partition());
  }

  /** The modelled Databricks role of {@code partition} that assumes workspace cross-account roles. */
  public static Arn deploymentRole(DatabricksPartition partition) {
    return Arn.role(partition.arnPartition(), partition.databricksAccount(), DEPLOYMENT_ROLE_NAME);
  }

  /** The credentials of Databricks' control plane: a session of {@link #deploymentRole}. */
  public static Credentials databricks(DatabricksPartition partition) {
    return Credentials.roleSession(deploymentRole(partition), SESSION_NAME);
  }

  /** The credentials of Unity Catalog: a session of the deployment's Unity Catalog master role. */
  public static Credentials unityCatalog(DatabricksPartition partition) {
    return Credentials.roleSession(partition.unityCatalogMasterRole(), SESSION_NAME);
  }

  /** The credentials of Databricks' log delivery: a session of the deployment's log-delivery role. */
  public static Credentials logDelivery(DatabricksPartition partition) {
    return Credentials.roleSession(partition.logDeliveryRole(), SESSION_NAME);
  }

  /**
   * The principal that acts for a third party a trust policy names as {@code principal}: the role or user itself,
   * or for an account root a role of that account ({@link StagingTrust.KnownThirdParty#POLYTOMIC_RESTRICTED}'s
   * service role for Polytomic's account, {@link #THIRD_PARTY_ROLE_NAME} for others).
   */
  public static Arn thirdPartyCaller(Arn principal) {
    if (!principal.resource().equals("root")) {
      return principal;
    }
    Arn polytomic = StagingTrust.KnownThirdParty.POLYTOMIC_RESTRICTED.principal();
    if (principal.equals(StagingTrust.KnownThirdParty.POLYTOMIC.principal())) {
      return polytomic;
    }
    return Arn.role(partitionOf(principal), AccountId.of(principal.account()), THIRD_PARTY_ROLE_NAME);
  }

  /** The credentials of the third party a trust policy names as {@code principal}; see {@link #thirdPartyCaller}. */
  public static Credentials thirdParty(Arn principal) {
    Arn caller = thirdPartyCaller(principal);
    return caller.resource().startsWith("user/") ? Credentials.user(caller)
        : Credentials.roleSession(caller, "third-party");
  }

  /** A role of one or more set-ups, merged. */
  private static final class MergedRole {
    final SetupRole setupRole;
    @Nullable PolicyDocument trust;
    final Map<String, PolicyDocument> inline = new LinkedHashMap<>();

    MergedRole(SetupRole role) {
      this.setupRole = role;
    }

    void merge(SetupRole role) {
      if (role.trustPolicy().isPresent()) {
        PolicyDocument other = role.trustPolicy().get();
        if (trust != null && !trust.equals(other)) {
          throw new PolicyValidationException("SetupRole", "trustPolicy", "two set-ups give the role two "
              + "different trust policies", role.arn().toString());
        }
        trust = other;
      }
      for (NamedPolicy policy : role.inlinePolicies()) {
        PolicyDocument other = inline.put(policy.name(), policy.document());
        if (other != null && !other.equals(policy.document())) {
          throw new PolicyValidationException("SetupRole", "inlinePolicy", "two set-ups give the role "
              + role.arn() + " two different inline policies of this name", policy.name());
        }
      }
    }
  }

  static boolean isModelled(String policyName) {
    return policyName.equals(MODELLED_POLICY);
  }
}
