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
import org.jspecify.annotations.Nullable;

/**
 * An IAM role of an {@link Account}: its trust policy (who may assume it), its inline and managed policies (what
 * its sessions may do), its permissions boundary, its maximum session duration and its tags (its sessions'
 * {@code aws:PrincipalTag/...}).
 *
 * <pre>{@code
 * AccountModel.builder().account("222222222222", a -> a.role("MyRoleB", r -> r
 *     .trustPolicy(trustsMyRoleA)
 *     .inlinePolicy("bucket-access", bucketAccess)
 *     .managedPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess", readOnlyAccess)
 *     .maxSessionDuration(7200)));
 * }</pre>
 *
 * <p>A role without a trust policy is one whose trust policy the model does not know (an existing role that a
 * set-up only adds policies to, or a third party's role): it can act, but no one can assume it in a simulation.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html">IAM roles</a>
 */
public final class Role {
  /** The maximum session duration a role has unless set: one hour, in seconds. */
  public static final int DEFAULT_MAX_SESSION_DURATION = 3600;
  /** The largest maximum session duration IAM accepts: 12 hours, in seconds. */
  public static final int LARGEST_MAX_SESSION_DURATION = 43200;

  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern PATH = Pattern.compile("/|/[\\x21-\\x7e&&[^/]]+(/[\\x21-\\x7e&&[^/]]+)*/");

  private final Partition partition;
  private final AccountId account;
  private final String name;
  private final String path;
  private final @Nullable PolicyDocument trustPolicy;
  private final @Nullable CompiledPolicy compiledTrust;
  private final IdentityPolicies policies;
  private final int maxSessionDuration;
  private final Arn arn;

  private Role(Partition partition, AccountId account, Builder builder) {
    this.partition = partition;
    this.account = account;
    this.name = builder.name;
    this.path = builder.path;
    this.trustPolicy = builder.trustPolicy;
    this.compiledTrust = trustPolicy == null ? null : CompiledPolicy.of(name + " trust policy", trustPolicy);
    this.policies = builder.policies.build(name);
    this.maxSessionDuration = builder.maxSessionDuration;
    this.arn = Arn.role(partition, account, path.substring(1) + name);
  }

  /** The role name, such as {@code MyRoleB}; unique in its account. */
  public String name() {
    return name;
  }

  /** The role's path; {@code /} by default. */
  public String path() {
    return path;
  }

  /** The account the role is in. */
  public AccountId account() {
    return account;
  }

  /** The partition of the role's ARN. */
  public Partition partition() {
    return partition;
  }

  /** The role's ARN, {@code arn:<partition>:iam::<account>:role/<path><name>}. */
  public Arn arn() {
    return arn;
  }

  /** The trust policy; empty when the model does not know it (then no one can assume the role). */
  public Optional<PolicyDocument> trustPolicy() {
    return Optional.ofNullable(trustPolicy);
  }

  /** The inline policies by name, in the order added. */
  public Map<String, PolicyDocument> inlinePolicies() {
    return policies.inline;
  }

  /** The attached managed policies by name or ARN, in the order added. */
  public Map<String, PolicyDocument> managedPolicies() {
    return policies.managed;
  }

  /** The permissions boundary. */
  public Optional<PolicyDocument> permissionsBoundary() {
    return Optional.ofNullable(policies.boundary);
  }

  /** The name or ARN of the permissions boundary. */
  public Optional<String> permissionsBoundaryName() {
    return Optional.ofNullable(policies.boundaryName);
  }

  /** The maximum session duration, in seconds: 3,600 (the default) to 43,200. */
  public int maxSessionDuration() {
    return maxSessionDuration;
  }

  /** The role's tags, which its sessions carry as {@code aws:PrincipalTag/<key>}. */
  public Map<String, String> tags() {
    return policies.tags;
  }

  /** Returns a builder holding this role, for {@link Account.Builder#role}. */
  Builder toBuilder() {
    return new Builder(this);
  }

  @Nullable CompiledPolicy compiledTrust() {
    return compiledTrust;
  }

  IdentityPolicies policies() {
    return policies;
  }

  List<CompiledPolicy> compiledIdentityPolicies() {
    return policies.compiled;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Role)) {
      return false;
    }
    Role that = (Role) other;
    return arn.equals(that.arn) && Objects.equals(trustPolicy, that.trustPolicy) && policies.equals(that.policies)
        && maxSessionDuration == that.maxSessionDuration;
  }

  @Override
  public int hashCode() {
    return Objects.hash(arn, trustPolicy, policies, maxSessionDuration);
  }

  /** Returns {@code Role{arn, n inline, n managed[, boundary][, no trust policy]}}. */
  @Override
  public String toString() {
    return "Role{" + arn + ", " + policies.inline.size() + " inline, " + policies.managed.size() + " managed"
        + (policies.boundary == null ? "" : ", boundary " + policies.boundaryName)
        + (trustPolicy == null ? ", no trust policy" : "") + "}";
  }

  /**
   * Builds a {@link Role}; {@link Account.Builder#role(String, java.util.function.Consumer)} creates one for each
   * role name and builds it in its account.
   */
  public static final class Builder {
    private final String name;
    private String path = "/";
    private @Nullable PolicyDocument trustPolicy;
    private final IdentityPolicies.Draft policies;
    private int maxSessionDuration = DEFAULT_MAX_SESSION_DURATION;

    Builder(String name) {
      Objects.requireNonNull(name, "name == null");
      if (!NAME.matcher(name).matches()) {
        throw new PolicyValidationException("Role", "name", "must be 1 to 64 characters of letters, digits and "
            + "+=,.@_-", name);
      }
      this.name = name;
      this.policies = new IdentityPolicies.Draft();
    }

    private Builder(Role role) {
      this.name = role.name;
      this.path = role.path;
      this.trustPolicy = role.trustPolicy;
      this.policies = new IdentityPolicies.Draft(role.policies);
      this.maxSessionDuration = role.maxSessionDuration;
    }

    /** The role name. */
    public String name() {
      return name;
    }

    /**
     * Sets the path, such as {@code /service-role/}; {@code /} by default.
     *
     * @throws PolicyValidationException if it does not start and end with {@code /}
     */
    public Builder path(String newPath) {
      Objects.requireNonNull(newPath, "path == null");
      if (newPath.length() > 512 || !PATH.matcher(newPath).matches()) {
        throw new PolicyValidationException("Role", "path", "must be / or start and end with / (printable ASCII, "
            + "at most 512 characters)", newPath);
      }
      this.path = newPath;
      return this;
    }

    /** Sets the trust policy, replacing any. */
    public Builder trustPolicy(PolicyDocument document) {
      this.trustPolicy = Objects.requireNonNull(document, "document == null");
      return this;
    }

    /** Removes the trust policy: the model no longer knows who may assume the role. */
    public Builder removeTrustPolicy() {
      this.trustPolicy = null;
      return this;
    }

    /**
     * Puts the inline policy {@code name}, replacing one of that name.
     *
     * @throws PolicyValidationException if the name is not 1 to 128 characters of letters, digits and
     *     {@code +=,.@_-}
     */
    public Builder inlinePolicy(String policyName, PolicyDocument document) {
      policies.inline("Role", policyName, document);
      return this;
    }

    /** Removes the inline policy {@code name}, if present. */
    public Builder removeInlinePolicy(String policyName) {
      policies.inline.remove(policyName);
      return this;
    }

    /** Removes every inline policy. */
    public Builder clearInlinePolicies() {
      policies.inline.clear();
      return this;
    }

    /** Attaches the managed policy {@code nameOrArn} with its default version's document, replacing one so named. */
    public Builder managedPolicy(String nameOrArn, PolicyDocument document) {
      policies.managed("Role", nameOrArn, document);
      return this;
    }

    /** Detaches the managed policy {@code nameOrArn}, if attached. */
    public Builder removeManagedPolicy(String nameOrArn) {
      policies.managed.remove(nameOrArn);
      return this;
    }

    /** Sets the permissions boundary, replacing any. */
    public Builder permissionsBoundary(String nameOrArn, PolicyDocument document) {
      policies.boundary("Role", nameOrArn, document);
      return this;
    }

    /** Removes the permissions boundary. */
    public Builder removePermissionsBoundary() {
      policies.boundaryName = null;
      policies.boundary = null;
      return this;
    }

    /**
     * Sets the maximum session duration in seconds; {@value #DEFAULT_MAX_SESSION_DURATION} by default.
     *
     * @throws PolicyValidationException if it is not 3,600 to 43,200
     */
    public Builder maxSessionDuration(int seconds) {
      if (seconds < DEFAULT_MAX_SESSION_DURATION || seconds > LARGEST_MAX_SESSION_DURATION) {
        throw new PolicyValidationException("Role", "maxSessionDuration", "must be 3600 to 43200 seconds",
            Integer.toString(seconds));
      }
      this.maxSessionDuration = seconds;
      return this;
    }

    /**
     * Puts the tag {@code key}, replacing one of that key.
     *
     * @throws PolicyValidationException if the key is not a valid IAM tag key or the value is over 256 characters
     */
    public Builder tag(String key, String value) {
      policies.tag("Role", key, value);
      return this;
    }

    Role build(Partition partition, AccountId account) {
      return new Role(partition, account, this);
    }
  }
}
