package io.iamkit.eval;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The policies that apply to a request, each in its role: the caller's identity policies, permissions boundary
 * and session policies; the resource policy and its {@link ResourcePolicyKind}; the SCPs of the caller's
 * organization and the RCPs of the resource's, each as a list of levels (root, OUs, account); VPC endpoint
 * policies.
 *
 * <pre>{@code
 * Policies policies = Policies.builder()
 *     .identityPolicy("MyRoleA-assume", identity)
 *     .trustPolicy("MyRoleB-trust", trust)
 *     .addScpLevel(CompiledPolicy.of("FullAWSAccess", fullAccess))   // organization root
 *     .addScpLevel(CompiledPolicy.of("DenyOutsideEU", denyOutsideEu)) // the account's OU
 *     .build();
 * }</pre>
 *
 * <p>How each one counts (rule 1):
 *
 * <ul>
 *   <li>A Deny in any of them decides (rule 1.1).
 *   <li>SCPs: every level must have an Allow that matches (rule 1.3); a level with no policy denies. They apply to
 *       users, role sessions, federated users and the root user of member accounts; not to service principals,
 *       anonymous callers, or principals of the {@link Builder#managementAccount management account}. No level at
 *       all means the caller's account is not in an organization. Service-linked roles are not modelled: do not
 *       give SCPs for them.
 *   <li>RCPs: AWS attaches {@code RCPFullAWSAccess} to every level and it cannot be detached, so a level never
 *       lacks an Allow; iamkit therefore evaluates only the Deny statements of the RCPs given, and a level without
 *       a matching Allow does not deny (rule 1.4). They apply to every caller, anonymous and service callers
 *       included, but not to resources of the management account. iamkit does not know which services support RCPs
 *       or which KMS keys are AWS managed: give RCPs only for requests they govern.
 *   <li>VPC endpoint policies: each one given must have a matching Allow (the request goes through each).
 *   <li>Session policies: the session may do what the identity policies and <em>any</em> of the session policies
 *       allow (AWS takes an inline and up to ten managed session policies together); they apply to role sessions
 *       and federated users only. A federated user session with no session policy has no permissions (rule 1.9).
 *   <li>Identity policies, the boundary and session policies do not apply to the root user (who has none), to
 *       service principals or to anonymous callers (rules 1.11, 1.12, 1.14); they are listed as not applicable.
 * </ul>
 */
public final class Policies {
  /** No policy at all. */
  public static final Policies NONE = builder().build();

  final CompiledPolicy[] identity;
  final @Nullable CompiledPolicy boundary;
  final CompiledPolicy[] session;
  final @Nullable CompiledPolicy resource;
  final ResourcePolicyKind resourceKind;
  final CompiledPolicy[][] scps;
  final CompiledPolicy[][] rcps;
  final CompiledPolicy[] vpcEndpoint;
  final @Nullable AccountId managementAccount;

  private Policies(Builder builder) {
    this.identity = builder.identity.toArray(new CompiledPolicy[0]);
    this.boundary = builder.boundary;
    this.session = builder.session.toArray(new CompiledPolicy[0]);
    this.resource = builder.resource;
    this.resourceKind = builder.resourceKind;
    this.scps = levels(builder.scps);
    this.rcps = levels(builder.rcps);
    this.vpcEndpoint = builder.vpcEndpoint.toArray(new CompiledPolicy[0]);
    this.managementAccount = builder.managementAccount;
  }

  private static CompiledPolicy[][] levels(List<List<CompiledPolicy>> levels) {
    CompiledPolicy[][] result = new CompiledPolicy[levels.size()][];
    for (int i = 0; i < result.length; i++) {
      result[i] = levels.get(i).toArray(new CompiledPolicy[0]);
    }
    return result;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these policies. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.identity.addAll(List.of(identity));
    builder.boundary = boundary;
    builder.session.addAll(List.of(session));
    builder.resource = resource;
    builder.resourceKind = resourceKind;
    for (CompiledPolicy[] level : scps) {
      builder.scps.add(new ArrayList<>(List.of(level)));
    }
    for (CompiledPolicy[] level : rcps) {
      builder.rcps.add(new ArrayList<>(List.of(level)));
    }
    builder.vpcEndpoint.addAll(List.of(vpcEndpoint));
    builder.managementAccount = managementAccount;
    return builder;
  }

  /** The caller's identity policies. */
  public List<CompiledPolicy> identityPolicies() {
    return List.of(identity);
  }

  /** The caller's permissions boundary. */
  public Optional<CompiledPolicy> permissionsBoundary() {
    return Optional.ofNullable(boundary);
  }

  /** The session policies. */
  public List<CompiledPolicy> sessionPolicies() {
    return List.of(session);
  }

  /** The resource policy. */
  public Optional<CompiledPolicy> resourcePolicy() {
    return Optional.ofNullable(resource);
  }

  /** The kind of the resource policy; {@link ResourcePolicyKind#OTHER} when there is none. */
  public ResourcePolicyKind resourcePolicyKind() {
    return resourceKind;
  }

  /** The SCPs by level, from the organization root down to the account. */
  public List<List<CompiledPolicy>> scpLevels() {
    List<List<CompiledPolicy>> result = new ArrayList<>();
    for (CompiledPolicy[] level : scps) {
      result.add(List.of(level));
    }
    return List.copyOf(result);
  }

  /** The RCPs by level, from the organization root down to the account. */
  public List<List<CompiledPolicy>> rcpLevels() {
    List<List<CompiledPolicy>> result = new ArrayList<>();
    for (CompiledPolicy[] level : rcps) {
      result.add(List.of(level));
    }
    return List.copyOf(result);
  }

  /** The VPC endpoint policies. */
  public List<CompiledPolicy> vpcEndpointPolicies() {
    return List.of(vpcEndpoint);
  }

  /** The organization's management account, if given. */
  public Optional<AccountId> managementAccount() {
    return Optional.ofNullable(managementAccount);
  }

  /** Builds {@link Policies}. Every part is optional. */
  public static final class Builder {
    private final List<CompiledPolicy> identity = new ArrayList<>();
    private @Nullable CompiledPolicy boundary;
    private final List<CompiledPolicy> session = new ArrayList<>();
    private @Nullable CompiledPolicy resource;
    private ResourcePolicyKind resourceKind = ResourcePolicyKind.OTHER;
    private final List<List<CompiledPolicy>> scps = new ArrayList<>();
    private final List<List<CompiledPolicy>> rcps = new ArrayList<>();
    private final List<CompiledPolicy> vpcEndpoint = new ArrayList<>();
    private @Nullable AccountId managementAccount;

    Builder() {}

    /** Adds an identity policy of the caller. */
    public Builder identityPolicy(CompiledPolicy policy) {
      identity.add(Objects.requireNonNull(policy, "policy == null"));
      return this;
    }

    /** Compiles and adds an identity policy of the caller. */
    public Builder identityPolicy(String name, PolicyDocument document) {
      return identityPolicy(CompiledPolicy.of(name, document));
    }

    /** Sets the caller's permissions boundary, replacing any. */
    public Builder permissionsBoundary(CompiledPolicy policy) {
      boundary = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /** Compiles and sets the caller's permissions boundary. */
    public Builder permissionsBoundary(String name, PolicyDocument document) {
      return permissionsBoundary(CompiledPolicy.of(name, document));
    }

    /** Adds a session policy. */
    public Builder sessionPolicy(CompiledPolicy policy) {
      session.add(Objects.requireNonNull(policy, "policy == null"));
      return this;
    }

    /** Compiles and adds a session policy. */
    public Builder sessionPolicy(String name, PolicyDocument document) {
      return sessionPolicy(CompiledPolicy.of(name, document));
    }

    /** Sets the resource policy and its kind, replacing any. */
    public Builder resourcePolicy(CompiledPolicy policy, ResourcePolicyKind kind) {
      resource = Objects.requireNonNull(policy, "policy == null");
      resourceKind = Objects.requireNonNull(kind, "kind == null");
      return this;
    }

    /** Compiles and sets a resource policy of kind {@link ResourcePolicyKind#OTHER} (a bucket policy...). */
    public Builder resourcePolicy(String name, PolicyDocument document) {
      return resourcePolicy(CompiledPolicy.of(name, document), ResourcePolicyKind.OTHER);
    }

    /** Compiles and sets the role trust policy of the role being assumed. */
    public Builder trustPolicy(String name, PolicyDocument document) {
      return resourcePolicy(CompiledPolicy.of(name, document), ResourcePolicyKind.ROLE_TRUST);
    }

    /** Compiles and sets the KMS key policy of the key being used. */
    public Builder keyPolicy(String name, PolicyDocument document) {
      return resourcePolicy(CompiledPolicy.of(name, document), ResourcePolicyKind.KMS_KEY);
    }

    /** Adds the next SCP level (organization root first, the account last); an empty level denies everything. */
    public Builder addScpLevel(List<CompiledPolicy> level) {
      scps.add(List.copyOf(level));
      return this;
    }

    /** Adds the next SCP level. */
    public Builder addScpLevel(CompiledPolicy... level) {
      return addScpLevel(List.of(level));
    }

    /** Adds the next RCP level (organization root first); {@code RCPFullAWSAccess} is implied at every level. */
    public Builder addRcpLevel(List<CompiledPolicy> level) {
      rcps.add(List.copyOf(level));
      return this;
    }

    /** Adds the next RCP level. */
    public Builder addRcpLevel(CompiledPolicy... level) {
      return addRcpLevel(List.of(level));
    }

    /** Adds a VPC endpoint policy the request goes through. */
    public Builder vpcEndpointPolicy(CompiledPolicy policy) {
      vpcEndpoint.add(Objects.requireNonNull(policy, "policy == null"));
      return this;
    }

    /** Compiles and adds a VPC endpoint policy. */
    public Builder vpcEndpointPolicy(String name, PolicyDocument document) {
      return vpcEndpointPolicy(CompiledPolicy.of(name, document));
    }

    /**
     * Sets the organization's management account: SCPs do not apply to its principals, RCPs not to its
     * resources (rules 1.3, 1.4).
     */
    public Builder managementAccount(AccountId account) {
      managementAccount = Objects.requireNonNull(account, "account == null");
      return this;
    }

    /** Returns the policies. */
    public Policies build() {
      return new Policies(this);
    }
  }
}
