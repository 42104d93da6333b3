package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An IAM role of a set-up: where it lives, its trust policy and its inline policies. A role without a trust
 * policy is one the set-up does not create but only adds inline policies to (the workspace's existing
 * cross-account role, for example).
 */
public final class SetupRole {
  private final Partition partition;
  private final AccountId account;
  private final String name;
  private final String path;
  private final @Nullable PolicyDocument trustPolicy;
  private final List<NamedPolicy> inlinePolicies;

  private SetupRole(Partition partition, AccountId account, String name, String path,
      @Nullable PolicyDocument trustPolicy, List<NamedPolicy> inlinePolicies) {
    this.partition = partition;
    this.account = account;
    this.name = name;
    this.path = path;
    this.trustPolicy = trustPolicy;
    this.inlinePolicies = inlinePolicies;
  }

  /**
   * Returns a role the set-up creates, with path {@code /}.
   *
   * @throws ParameterException if the name is not a valid role name or two inline policies share a name
   */
  public static SetupRole create(Partition partition, AccountId account, String name, PolicyDocument trustPolicy,
      List<NamedPolicy> inlinePolicies) {
    return new SetupRole(partition, account, Validate.roleName("roleName", name), "/",
        Objects.requireNonNull(trustPolicy, "trustPolicy == null"), uniqueNames(inlinePolicies));
  }

  /**
   * Returns an existing role the set-up only adds inline policies to.
   *
   * @throws ParameterException if the name is not a valid role name or two inline policies share a name
   */
  public static SetupRole existing(Partition partition, AccountId account, String name,
      List<NamedPolicy> inlinePolicies) {
    return new SetupRole(partition, account, Validate.roleName("roleName", name), "/", null,
        uniqueNames(inlinePolicies));
  }

  private static List<NamedPolicy> uniqueNames(List<NamedPolicy> policies) {
    Set<String> names = new HashSet<>();
    for (NamedPolicy policy : policies) {
      if (!names.add(policy.name())) {
        throw new ParameterException("policyName", policy.name(), "is used twice on one role");
      }
    }
    return List.copyOf(new ArrayList<>(policies));
  }

  /** The partition of the role's ARN. */
  public Partition partition() {
    return partition;
  }

  /** The account the role lives in. */
  public AccountId account() {
    return account;
  }

  /** The role name, such as {@code MyRoleB}. */
  public String name() {
    return name;
  }

  /** The role path; {@code /}. */
  public String path() {
    return path;
  }

  /** The role ARN, {@code arn:<partition>:iam::<account>:role/<name>}. */
  public Arn arn() {
    return Arn.role(partition, account, path.substring(1) + name);
  }

  /** The trust policy, for a role the set-up creates; empty for an existing role. */
  public Optional<PolicyDocument> trustPolicy() {
    return Optional.ofNullable(trustPolicy);
  }

  /** The inline policies, in order. */
  public List<NamedPolicy> inlinePolicies() {
    return inlinePolicies;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SetupRole)) {
      return false;
    }
    SetupRole that = (SetupRole) other;
    return partition == that.partition && account.equals(that.account) && name.equals(that.name)
        && path.equals(that.path) && Objects.equals(trustPolicy, that.trustPolicy)
        && inlinePolicies.equals(that.inlinePolicies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partition, account, name, path, trustPolicy, inlinePolicies);
  }

  @Override
  public String toString() {
    return "SetupRole{" + arn() + (trustPolicy == null ? " (existing)" : "") + ", inlinePolicies="
        + inlinePolicies + "}";
  }
}
