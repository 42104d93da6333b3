package io.iamkit.export;

import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.SetupBucketPolicy;
import io.iamkit.databricks.SetupInstanceProfile;
import io.iamkit.databricks.SetupRole;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The IAM resources of one or more set-ups, merged by ARN: each role once, with the trust policy of the set-up that
 * creates it and the inline policies of every set-up that adds one; each instance profile and bucket policy once.
 *
 * <p>Set-ups often meet on a role: the workspace credential set-up creates {@code databricks-cross-account-role}
 * and the S3 cross-account set-up adds its {@code iam:PassRole} policy to that same role. Merged, the role is
 * created (it has a trust policy) and carries both inline policies. A role that no set-up creates stays an
 * existing role ({@link SetupRole#trustPolicy()} empty) that only gets inline policies.
 *
 * <pre>{@code
 * IamResources resources = IamResources.of(List.of(workspaceCredential, s3CrossAccount));
 * resources.roles().forEach(role -> System.out.println(role.arn()));
 * }</pre>
 */
public final class IamResources {
  private final List<SetupRole> roles;
  private final List<SetupInstanceProfile> instanceProfiles;
  private final List<SetupBucketPolicy> bucketPolicies;

  private IamResources(List<SetupRole> roles, List<SetupInstanceProfile> instanceProfiles,
      List<SetupBucketPolicy> bucketPolicies) {
    this.roles = List.copyOf(roles);
    this.instanceProfiles = List.copyOf(instanceProfiles);
    this.bucketPolicies = List.copyOf(bucketPolicies);
  }

  /**
   * Merges the resources of {@code setups}, in their order.
   *
   * @throws ResourceConflictException if two set-ups create the same role or instance profile, put an inline
   *     policy of the same name on one role, or set the policy of the same bucket
   */
  public static IamResources of(List<? extends DatabricksSetup> setups) {
    Map<Arn, RoleEntry> roles = new LinkedHashMap<>();
    Map<Arn, Made<SetupInstanceProfile>> profiles = new LinkedHashMap<>();
    Map<String, Made<SetupBucketPolicy>> buckets = new LinkedHashMap<>();
    for (int index = 0; index < setups.size(); index++) {
      DatabricksSetup setup = setups.get(index);
      for (SetupRole role : setup.roles()) {
        roles.computeIfAbsent(role.arn(), arn -> new RoleEntry(role)).add(role, index);
      }
      for (SetupInstanceProfile profile : setup.instanceProfiles()) {
        Made<SetupInstanceProfile> before = profiles.putIfAbsent(profile.arn(), new Made<>(profile, index));
        if (before != null) {
          throw new ResourceConflictException("instance profile " + profile.arn(), before.setup, index);
        }
      }
      for (SetupBucketPolicy policy : setup.bucketPolicies()) {
        Made<SetupBucketPolicy> before = buckets.putIfAbsent(policy.bucket(), new Made<>(policy, index));
        if (before != null) {
          throw new ResourceConflictException("the policy of bucket " + policy.bucket(), before.setup, index);
        }
      }
    }
    List<SetupRole> merged = new ArrayList<>();
    for (RoleEntry entry : roles.values()) {
      merged.add(entry.toRole());
    }
    List<SetupInstanceProfile> profileList = new ArrayList<>();
    profiles.values().forEach(made -> profileList.add(made.value));
    List<SetupBucketPolicy> bucketList = new ArrayList<>();
    buckets.values().forEach(made -> bucketList.add(made.value));
    return new IamResources(merged, profileList, bucketList);
  }

  /** The roles, in the order the set-ups name them first. */
  public List<SetupRole> roles() {
    return roles;
  }

  /** The instance profiles. */
  public List<SetupInstanceProfile> instanceProfiles() {
    return instanceProfiles;
  }

  /** The bucket policies. */
  public List<SetupBucketPolicy> bucketPolicies() {
    return bucketPolicies;
  }

  /** The role of ARN {@code arn}, if a set-up names it. */
  public Optional<SetupRole> role(Arn arn) {
    for (SetupRole role : roles) {
      if (role.arn().equals(arn)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** The role of ARN {@code arn} if a set-up creates it (it has a trust policy). */
  Optional<SetupRole> createdRole(String arn) {
    for (SetupRole role : roles) {
      if (role.trustPolicy().isPresent() && role.arn().toString().equals(arn)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** Every account that holds a role, an instance profile or a bucket policy, in the order named. */
  public List<AccountId> accounts() {
    Set<AccountId> accounts = new LinkedHashSet<>();
    roles.forEach(role -> accounts.add(role.account()));
    instanceProfiles.forEach(profile -> accounts.add(profile.account()));
    bucketPolicies.forEach(policy -> accounts.add(policy.account()));
    return List.copyOf(accounts);
  }

  /**
   * {@link #accounts()} in an order to deploy them one by one: an account whose trust or bucket policies name a role
   * created in another account comes after that account, because IAM and S3 refuse a principal that does not exist
   * yet. Otherwise (and within a cycle) the order of {@link #accounts()}.
   */
  public List<AccountId> accountsInDeployOrder() {
    Map<AccountId, Set<AccountId>> needs = new LinkedHashMap<>();
    for (AccountId account : accounts()) {
      needs.put(account, new LinkedHashSet<>());
    }
    for (SetupRole role : roles) {
      role.trustPolicy().ifPresent(trust -> addNeeds(needs.get(role.account()), role.account(), trust));
    }
    for (SetupBucketPolicy policy : bucketPolicies) {
      addNeeds(needs.get(policy.account()), policy.account(), policy.policy());
    }
    List<AccountId> order = new ArrayList<>();
    while (order.size() < needs.size()) {
      AccountId next = null;
      for (Map.Entry<AccountId, Set<AccountId>> entry : needs.entrySet()) {
        if (!order.contains(entry.getKey()) && order.containsAll(entry.getValue())) {
          next = entry.getKey();
          break;
        }
      }
      if (next == null) {
        for (AccountId account : needs.keySet()) {
          if (!order.contains(account)) {
            next = account;
            break;
          }
        }
      }
      order.add(next);
    }
    return order;
  }

  private void addNeeds(Set<AccountId> needs, AccountId account, PolicyDocument document) {
    for (String principal : Names.awsPrincipals(document)) {
      createdRole(principal).map(SetupRole::account).filter(other -> !other.equals(account)).ifPresent(needs::add);
    }
  }

  @Override
  public String toString() {
    return "IamResources{roles=" + roles + ", instanceProfiles=" + instanceProfiles + ", bucketPolicies="
        + bucketPolicies + "}";
  }

  private static final class Made<T> {
    final T value;
    final int setup;

    Made(T value, int setup) {
      this.value = value;
      this.setup = setup;
    }
  }

  private static final class RoleEntry {
    final SetupRole first;
    @Nullable PolicyDocument trust;
    int creator = -1;
    final Map<String, Made<NamedPolicy>> policies = new LinkedHashMap<>();

    RoleEntry(SetupRole first) {
      this.first = first;
    }

    void add(SetupRole role, int index) {
      if (role.trustPolicy().isPresent()) {
        if (trust != null) {
          throw new ResourceConflictException("role " + role.arn(), creator, index);
        }
        trust = role.trustPolicy().get();
        creator = index;
      }
      for (NamedPolicy policy : role.inlinePolicies()) {
        Made<NamedPolicy> before = policies.putIfAbsent(policy.name(), new Made<>(policy, index));
        if (before != null) {
          throw new ResourceConflictException("inline policy " + policy.name() + " of role " + role.arn(),
              before.setup, index);
        }
      }
    }

    SetupRole toRole() {
      List<NamedPolicy> inline = new ArrayList<>();
      policies.values().forEach(made -> inline.add(made.value));
      return trust == null
          ? SetupRole.existing(first.partition(), first.account(), first.name(), inline)
          : SetupRole.create(first.partition(), first.account(), first.name(), trust, inline);
    }
  }
}
