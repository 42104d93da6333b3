package io.iamkit.sim;

import io.iamkit.eval.CompiledPolicy;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IAM user of an {@link Account}: its inline and managed policies (group policies included, as the user's own),
 * its permissions boundary and its tags.
 *
 * <pre>{@code
 * AccountModel.builder().account("111111111111", a -> a.user("alice", u -> u.inlinePolicy("assume-b", assumeB)));
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users.html">IAM users</a>
 */
public final class User {
  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

  private final Partition partition;
  private final AccountId account;
  private final String name;
  private final IdentityPolicies policies;
  private final Arn arn;

  private User(Partition partition, AccountId account, Builder builder) {
    this.partition = partition;
    this.account = account;
    this.name = builder.name;
    this.policies = builder.policies.build(name);
    this.arn = Arn.of(partition.id(), "iam", "", account.value(), "user/" + name);
  }

  /** The user name. */
  public String name() {
    return name;
  }

  /** The account. */
  public AccountId account() {
    return account;
  }

  /** The partition of the user's ARN. */
  public Partition partition() {
    return partition;
  }

  /** The ARN, {@code arn:<partition>:iam::<account>:user/<name>}. */
  public Arn arn() {
    return arn;
  }

  /** The inline policies by name. */
  public Map<String, PolicyDocument> inlinePolicies() {
    return policies.inline;
  }

  /** The managed policies (and group policies) by name or ARN. */
  public Map<String, PolicyDocument> managedPolicies() {
    return policies.managed;
  }

  /** The permissions boundary. */
  public Optional<PolicyDocument> permissionsBoundary() {
    return Optional.ofNullable(policies.boundary);
  }

  /** The user's tags, its {@code aws:PrincipalTag/<key>}. */
  public Map<String, String> tags() {
    return policies.tags;
  }

  Builder toBuilder() {
    return new Builder(this);
  }

  IdentityPolicies policies() {
    return policies;
  }

  List<CompiledPolicy> compiledIdentityPolicies() {
    return policies.compiled;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof User && ((User) other).arn.equals(arn) && ((User) other).policies.equals(policies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(arn, policies);
  }

  @Override
  public String toString() {
    return "User{" + arn + ", " + policies.inline.size() + " inline, " + policies.managed.size() + " managed}";
  }

  /** Builds a {@link User} in its account; see {@link Account.Builder#user}. */
  public static final class Builder {
    private final String name;
    private final IdentityPolicies.Draft policies;

    Builder(String name) {
      Objects.requireNonNull(name, "name == null");
      if (!NAME.matcher(name).matches()) {
        throw new PolicyValidationException("User", "name", "must be 1 to 64 characters of letters, digits and "
            + "+=,.@_-", name);
      }
      this.name = name;
      this.policies = new IdentityPolicies.Draft();
    }

    private Builder(User user) {
      this.name = user.name;
      this.policies = new IdentityPolicies.Draft(user.policies);
    }

    /** Puts the inline policy {@code policyName}, replacing one of that name. */
    public Builder inlinePolicy(String policyName, PolicyDocument document) {
      policies.inline("User", policyName, document);
      return this;
    }

    /** Removes the inline policy {@code policyName}, if present. */
    public Builder removeInlinePolicy(String policyName) {
      policies.inline.remove(policyName);
      return this;
    }

    /** Attaches a managed policy (or a group's policy) by name or ARN, replacing one so named. */
    public Builder managedPolicy(String nameOrArn, PolicyDocument document) {
      policies.managed("User", nameOrArn, document);
      return this;
    }

    /** Detaches the managed policy {@code nameOrArn}, if attached. */
    public Builder removeManagedPolicy(String nameOrArn) {
      policies.managed.remove(nameOrArn);
      return this;
    }

    /** Sets the permissions boundary, replacing any. */
    public Builder permissionsBoundary(String nameOrArn, PolicyDocument document) {
      policies.boundary("User", nameOrArn, document);
      return this;
    }

    /** Removes the permissions boundary. */
    public Builder removePermissionsBoundary() {
      policies.boundaryName = null;
      policies.boundary = null;
      return this;
    }

    /** Puts the tag {@code key}. */
    public Builder tag(String key, String value) {
      policies.tag("User", key, value);
      return this;
    }

    User build(Partition partition, AccountId account) {
      return new User(partition, account, this);
    }
  }
}
