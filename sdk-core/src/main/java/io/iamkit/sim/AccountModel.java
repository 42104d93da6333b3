package io.iamkit.sim;

import io.iamkit.eval.RequestContext;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory model of AWS accounts: their roles (trust policy, inline and managed policies, boundary, maximum
 * session duration), users, instance profiles, buckets with their bucket policies, and the SCPs and RCPs of their
 * organizations; and the simulation, offline, of role assumption and role chains in it.
 *
 * <pre>{@code
 * AccountModel model = AccountModel.builder()
 *     .account("111111111111", a -> a
 *         .role("MyRoleA", r -> r.trustPolicy(ec2Trust).inlinePolicy("assume-role-b", assumeRoleB))
 *         .instanceProfile("MyRoleA", "MyRoleA"))
 *     .account("222222222222", b -> b
 *         .role("MyRoleB", r -> r.trustPolicy(roleBTrust).inlinePolicy("bucket-access", bucketAccess))
 *         .bucket("acme-shared-data", bucketPolicy))
 *     .build();
 *
 * ChainResult chain = model.simulateChain(
 *     Credentials.instanceProfile(Arn.parse("arn:aws:iam::111111111111:instance-profile/MyRoleA")),
 *     List.of(Hop.to("arn:aws:iam::222222222222:role/MyRoleB")),
 *     "s3:GetObject", "arn:aws:s3:::acme-shared-data/data/part-0001.parquet");
 * System.out.println(chain.explain());
 *
 * // What if MyRoleB's trust policy were gone?
 * AccountModel broken = model.toBuilder()
 *     .account("222222222222", b -> b.role("MyRoleB", Role.Builder::removeTrustPolicy)).build();
 * }</pre>
 *
 * <p>How each step is decided (rules of section 2 of the evaluation reference):
 *
 * <ul>
 *   <li>An {@code AssumeRole} hop is the request {@code sts:AssumeRole} on the role's ARN by the current session,
 *       evaluated by {@link io.iamkit.eval.Evaluator} with the caller's identity policies, boundary and session
 *       policies and the SCPs of the caller's account, and the role's trust policy as a
 *       {@link io.iamkit.eval.ResourcePolicyKind#ROLE_TRUST} resource policy with the RCPs of the role's account:
 *       the same-account and cross-account rules follow from the two accounts. The request carries
 *       {@code sts:ExternalId} (if passed), {@code sts:RoleSessionName}, {@code sts:SourceIdentity} (if the hop sets
 *       one) and {@code aws:SourceIdentity} (if the session carries one).
 *   <li>The next hop's caller is the new session, {@code arn:aws:sts::<account>:assumed-role/<role>/<session>},
 *       with the role's policies and the hop's session policies.
 *   <li>STS refuses, whatever the policies: {@code DurationSeconds} outside 900 to 43,200 or above the role's
 *       maximum session duration; above 3,600 on a chained hop (one made with a role session's credentials, which
 *       instance-profile credentials are not); a source identity different from the one the session carries
 *       (it is set once and cannot change).
 *   <li>A source identity set by a hop, or carried from an earlier session, persists through every later hop and
 *       is {@code aws:SourceIdentity} in every later request. The hop that sets it also needs
 *       {@code sts:SetSourceIdentity} (identity and trust side, like {@code sts:AssumeRole}); so does each later
 *       hop that carries it: AWS requires the trust policy of each role assumed in such a chain to allow
 *       {@code sts:SetSourceIdentity} (IAM User Guide, "Monitor and control actions taken with assumed roles"),
 *       and iamkit also asks the caller's identity side to allow it, the safe side where the guide is silent.
 *   <li>The final action is evaluated in the resource's account: a bucket's account and bucket policy for S3
 *       ARNs, the ARN's account otherwise.
 *   <li>A start from an instance profile adds a first step: EC2 ({@code ec2.amazonaws.com}) assuming the
 *       profile's role, which its trust policy must allow.
 *   <li>The model fails closed: a principal, role, instance profile or bucket it does not hold, or a role whose
 *       trust policy it does not know, makes the step fail with a problem rather than guessing.
 *   <li>Keys derived from the model are added to every request unless given: {@code aws:PrincipalTag/<key>} from
 *       the caller's role or user tags, {@code aws:PrincipalOrgID} and {@code aws:ResourceOrgID} from the
 *       accounts' organization IDs, {@code aws:ResourceAccount}.
 * </ul>
 *
 * <p>Session tags and {@code sts:TagSession}, KMS key policies, VPC endpoint policies and resource policies other
 * than bucket policies are not modelled. A model is immutable and thread-safe.
 */
public final class AccountModel {
  private final Map<AccountId, Account> accounts;
  private final Map<String, Bucket> buckets;

  private AccountModel(Builder builder) {
    Map<AccountId, Account> built = new LinkedHashMap<>();
    Map<String, Bucket> allBuckets = new LinkedHashMap<>();
    builder.accounts.forEach((id, account) -> {
      Account a = account.build();
      built.put(id, a);
      for (Bucket bucket : a.buckets().values()) {
        Bucket other = allBuckets.put(bucket.name(), bucket);
        if (other != null) {
          throw new PolicyValidationException("Bucket", "name", "is in two accounts, " + other.account() + " and "
              + bucket.account() + "; bucket names are global", bucket.name());
        }
      }
    });
    this.accounts = Collections.unmodifiableMap(built);
    this.buckets = Collections.unmodifiableMap(allBuckets);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this model, to change it. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    accounts.forEach((id, account) -> builder.accounts.put(id, account.toBuilder()));
    return builder;
  }

  /** The accounts, in the order added. */
  public Map<AccountId, Account> accounts() {
    return accounts;
  }

  /** The account {@code id}. */
  public Optional<Account> account(AccountId id) {
    return Optional.ofNullable(accounts.get(id));
  }

  /** The role {@code roleArn} names: the role of that name in that account (the path is not compared). */
  public Optional<Role> role(Arn roleArn) {
    String resource = roleArn.resource();
    Account account = accountOf(roleArn);
    if (account == null || !roleArn.service().equals("iam") || !resource.startsWith("role/")) {
      return Optional.empty();
    }
    return account.role(resource.substring(resource.lastIndexOf('/') + 1));
  }

  /** The user {@code userArn} names. */
  public Optional<User> user(Arn userArn) {
    String resource = userArn.resource();
    Account account = accountOf(userArn);
    if (account == null || !userArn.service().equals("iam") || !resource.startsWith("user/")) {
      return Optional.empty();
    }
    return Optional.ofNullable(account.users().get(resource.substring(resource.lastIndexOf('/') + 1)));
  }

  /** The instance profile {@code instanceProfileArn} names. */
  public Optional<InstanceProfile> instanceProfile(Arn instanceProfileArn) {
    String resource = instanceProfileArn.resource();
    Account account = accountOf(instanceProfileArn);
    if (account == null || !instanceProfileArn.service().equals("iam")
        || !resource.startsWith("instance-profile/")) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        account.instanceProfiles().get(resource.substring(resource.lastIndexOf('/') + 1)));
  }

  /** The bucket {@code name}, in whichever account holds it. */
  public Optional<Bucket> bucket(String name) {
    return Optional.ofNullable(buckets.get(name));
  }

  private @Nullable Account accountOf(Arn arn) {
    return arn.accountId().map(accounts::get).orElse(null);
  }

  /**
   * Simulates one {@code AssumeRole} call made with {@code caller}'s credentials.
   *
   * <pre>{@code
   * StepResult result = model.simulateAssumeRole(Credentials.roleSession(databricksRole, "workspace"),
   *     Hop.to(customerRole).withExternalId("0a1b2c3d-..."));
   * }</pre>
   */
  public StepResult simulateAssumeRole(Credentials caller, Hop hop) {
    Objects.requireNonNull(caller, "caller == null");
    Objects.requireNonNull(hop, "hop == null");
    return new Simulator(this).assumeRole(caller, hop);
  }

  /**
   * Simulates {@code AssumeRole} on {@code roleArn} with these parameters; {@code externalId} null passes none.
   * Equivalent to {@code simulateAssumeRole(caller, Hop.builder(roleArn).externalId(externalId)
   * .sessionName(sessionName).durationSeconds(durationSeconds).build())}.
   */
  public StepResult simulateAssumeRole(Credentials caller, Arn roleArn, @Nullable ExternalId externalId,
      String sessionName, int durationSeconds) {
    Hop.Builder hop = Hop.builder(roleArn).sessionName(sessionName).durationSeconds(durationSeconds);
    if (externalId != null) {
      hop.externalId(externalId);
    }
    return simulateAssumeRole(caller, hop.build());
  }

  /** Simulates {@code action} on {@code resource} (an ARN or {@code *}) with {@code caller}'s credentials. */
  public StepResult simulate(Credentials caller, String action, String resource) {
    return simulate(caller, action, resource, RequestContext.EMPTY);
  }

  /** Simulates {@code action} on {@code resource} with extra context keys. */
  public StepResult simulate(Credentials caller, String action, String resource, RequestContext context) {
    Objects.requireNonNull(caller, "caller == null");
    return new Simulator(this).action(caller, action, resource, context);
  }

  /** Simulates the hops from {@code start}, without a final action. */
  public ChainResult simulateChain(Credentials start, List<Hop> hops) {
    Objects.requireNonNull(start, "start == null");
    return new Simulator(this).chain(start, List.copyOf(hops), null, null, RequestContext.EMPTY);
  }

  /**
   * Simulates the hops from {@code start}, then {@code action} on {@code resource} with the last session.
   *
   * @throws io.iamkit.policy.PolicyValidationException if the action has a wildcard or the resource is neither an
   *     ARN nor {@code *}
   */
  public ChainResult simulateChain(Credentials start, List<Hop> hops, String action, String resource) {
    return simulateChain(start, hops, action, resource, RequestContext.EMPTY);
  }

  /** Simulates the hops, then {@code action} on {@code resource} with extra context keys for the final action. */
  public ChainResult simulateChain(Credentials start, List<Hop> hops, String action, String resource,
      RequestContext context) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(resource, "resource == null");
    Objects.requireNonNull(context, "context == null");
    return new Simulator(this).chain(start, List.copyOf(hops), action, resource, context);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccountModel && ((AccountModel) other).accounts.equals(accounts);
  }

  @Override
  public int hashCode() {
    return accounts.hashCode();
  }

  @Override
  public String toString() {
    return "AccountModel" + accounts.values();
  }

  /** Builds an {@link AccountModel}. */
  public static final class Builder {
    private final Map<AccountId, Account.Builder> accounts = new LinkedHashMap<>();

    Builder() {}

    /**
     * Creates the account {@code id} or, if the model has it, changes it: {@code spec} receives its builder.
     *
     * @throws PolicyValidationException if the ID is not 12 digits
     */
    public Builder account(String id, Consumer<Account.Builder> spec) {
      return account(AccountId.of(id), spec);
    }

    /** Creates or changes the account {@code id}. */
    public Builder account(AccountId id, Consumer<Account.Builder> spec) {
      Objects.requireNonNull(spec, "spec == null");
      spec.accept(accounts.computeIfAbsent(Objects.requireNonNull(id, "id == null"), Account.Builder::new));
      return this;
    }

    /** Puts {@code account}, replacing one with its ID. */
    public Builder account(Account account) {
      accounts.put(account.id(), account.toBuilder());
      return this;
    }

    /** Removes the account {@code id}. */
    public Builder removeAccount(AccountId id) {
      accounts.remove(id);
      return this;
    }

    /**
     * Returns the model.
     *
     * @throws PolicyValidationException if two accounts hold a bucket of the same name, or an instance profile
     *     names a role its account does not have
     */
    public AccountModel build() {
      return new AccountModel(this);
    }
  }
}
