package io.iamkit.sim;

import io.iamkit.eval.CompiledPolicy;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An AWS account of an {@link AccountModel}: its roles, users, instance profiles and buckets, and the organization
 * policies that reach it: the SCPs that limit its principals and the RCPs that limit access to its resources, each
 * as a list of levels from the organization root down to the account.
 *
 * <pre>{@code
 * AccountModel.builder().account("111111111111", a -> a
 *     .organizationId("o-a1b2c3d4e5")
 *     .addScpLevel(CompiledPolicy.of("FullAWSAccess", fullAwsAccess))          // organization root
 *     .addScpLevel(CompiledPolicy.of("DenyAssumeRole", denyAssumeRole))        // the account's OU
 *     .role("MyRoleA", r -> r.trustPolicy(ec2Trust).inlinePolicy("assume-b", assumeB))
 *     .instanceProfile("MyRoleA", "MyRoleA"));
 * }</pre>
 *
 * <p>An account with no SCP level is not in an organization, or its organization's SCPs are not modelled: SCPs do
 * not limit it. Like AWS, the model applies SCPs to principals and RCPs to resources of member accounts only, not
 * of the {@link Builder#managementAccount management account}.
 */
public final class Account {
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern ORGANIZATION = Pattern.compile("o-[a-z0-9]{10,32}");

  private final AccountId id;
  private final Partition partition;
  private final @Nullable String organizationId;
  private final boolean managementAccount;
  private final Map<String, Role> roles;
  private final Map<String, User> users;
  private final Map<String, InstanceProfile> instanceProfiles;
  private final Map<String, Bucket> buckets;
  private final List<List<CompiledPolicy>> scpLevels;
  private final List<List<CompiledPolicy>> rcpLevels;

  private Account(Builder builder) {
    this.id = builder.id;
    this.partition = builder.partition;
    this.organizationId = builder.organizationId;
    this.managementAccount = builder.managementAccount;
    Map<String, Role> builtRoles = new LinkedHashMap<>();
    builder.roles.forEach((name, role) -> builtRoles.put(name, role.build(partition, id)));
    this.roles = java.util.Collections.unmodifiableMap(builtRoles);
    Map<String, User> builtUsers = new LinkedHashMap<>();
    builder.users.forEach((name, user) -> builtUsers.put(name, user.build(partition, id)));
    this.users = java.util.Collections.unmodifiableMap(builtUsers);
    Map<String, InstanceProfile> profiles = new LinkedHashMap<>();
    builder.instanceProfiles.forEach((name, roleName) -> {
      if (!roles.containsKey(roleName)) {
        throw new PolicyValidationException("InstanceProfile", "roleName", "must name a role of the account "
            + id, roleName);
      }
      profiles.put(name, new InstanceProfile(partition, id, name, roleName));
    });
    this.instanceProfiles = java.util.Collections.unmodifiableMap(profiles);
    Map<String, Bucket> builtBuckets = new LinkedHashMap<>();
    builder.buckets.forEach((name, policy) -> builtBuckets.put(name,
        new Bucket(partition, id, name, policy.orElse(null))));
    this.buckets = java.util.Collections.unmodifiableMap(builtBuckets);
    this.scpLevels = copyLevels(builder.scpLevels);
    this.rcpLevels = copyLevels(builder.rcpLevels);
  }

  private static List<List<CompiledPolicy>> copyLevels(List<List<CompiledPolicy>> levels) {
    List<List<CompiledPolicy>> copy = new ArrayList<>();
    for (List<CompiledPolicy> level : levels) {
      copy.add(List.copyOf(level));
    }
    return List.copyOf(copy);
  }

  /** The account ID. */
  public AccountId id() {
    return id;
  }

  /** The partition of the account's ARNs; {@link Partition#AWS} by default. */
  public Partition partition() {
    return partition;
  }

  /** The ID of the account's organization, the value of {@code aws:PrincipalOrgID} and {@code aws:ResourceOrgID}. */
  public Optional<String> organizationId() {
    return Optional.ofNullable(organizationId);
  }

  /** Whether the account is its organization's management account, which SCPs and RCPs do not limit. */
  public boolean isManagementAccount() {
    return managementAccount;
  }

  /** The roles by name, in the order added. */
  public Map<String, Role> roles() {
    return roles;
  }

  /** The role {@code name}. */
  public Optional<Role> role(String name) {
    return Optional.ofNullable(roles.get(name));
  }

  /** The users by name. */
  public Map<String, User> users() {
    return users;
  }

  /** The instance profiles by name. */
  public Map<String, InstanceProfile> instanceProfiles() {
    return instanceProfiles;
  }

  /** The buckets by name. */
  public Map<String, Bucket> buckets() {
    return buckets;
  }

  /** The SCP levels that limit the account's principals, from the organization root down to the account. */
  public List<List<CompiledPolicy>> scpLevels() {
    return scpLevels;
  }

  /** The RCP levels that limit access to the account's resources ({@code RCPFullAWSAccess} is implied). */
  public List<List<CompiledPolicy>> rcpLevels() {
    return rcpLevels;
  }

  /** Returns a builder holding this account. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Account)) {
      return false;
    }
    Account that = (Account) other;
    return id.equals(that.id) && partition == that.partition && Objects.equals(organizationId, that.organizationId)
        && managementAccount == that.managementAccount && roles.equals(that.roles) && users.equals(that.users)
        && instanceProfiles.equals(that.instanceProfiles) && buckets.equals(that.buckets)
        && scpLevels.equals(that.scpLevels) && rcpLevels.equals(that.rcpLevels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, roles.keySet(), buckets.keySet());
  }

  @Override
  public String toString() {
    return "Account{" + id + ", roles=" + roles.keySet() + ", users=" + users.keySet() + ", instanceProfiles="
        + instanceProfiles.keySet() + ", buckets=" + buckets.keySet() + ", " + scpLevels.size() + " SCP levels, "
        + rcpLevels.size() + " RCP levels}";
  }

  /** Builds an {@link Account}; see {@link AccountModel.Builder#account(String, Consumer)}. */
  public static final class Builder {
    private final AccountId id;
    private Partition partition = Partition.AWS;
    private @Nullable String organizationId;
    private boolean managementAccount;
    private final Map<String, Role.Builder> roles = new LinkedHashMap<>();
    private final Map<String, User.Builder> users = new LinkedHashMap<>();
    private final Map<String, String> instanceProfiles = new LinkedHashMap<>();
    private final Map<String, Optional<PolicyDocument>> buckets = new LinkedHashMap<>();
    private final List<List<CompiledPolicy>> scpLevels = new ArrayList<>();
    private final List<List<CompiledPolicy>> rcpLevels = new ArrayList<>();

    Builder(AccountId id) {
      this.id = Objects.requireNonNull(id, "id == null");
    }

    private Builder(Account account) {
      this.id = account.id;
      this.partition = account.partition;
      this.organizationId = account.organizationId;
      this.managementAccount = account.managementAccount;
      account.roles.forEach((name, role) -> roles.put(name, role.toBuilder()));
      account.users.forEach((name, user) -> users.put(name, user.toBuilder()));
      account.instanceProfiles.forEach((name, profile) -> instanceProfiles.put(name, profile.roleName()));
      account.buckets.forEach((name, bucket) -> buckets.put(name, bucket.policy()));
      account.scpLevels.forEach(level -> scpLevels.add(new ArrayList<>(level)));
      account.rcpLevels.forEach(level -> rcpLevels.add(new ArrayList<>(level)));
    }

    /** The account ID. */
    public AccountId id() {
      return id;
    }

    /** Sets the partition of the account's ARNs; {@link Partition#AWS} by default. */
    public Builder partition(Partition newPartition) {
      this.partition = Objects.requireNonNull(newPartition, "partition == null");
      return this;
    }

    /**
     * Sets the ID of the account's organization, such as {@code o-a1b2c3d4e5}.
     *
     * @throws PolicyValidationException if it is not {@code o-} and 10 to 32 lower-case letters or digits
     */
    public Builder organizationId(String id) {
      Objects.requireNonNull(id, "organizationId == null");
      if (!ORGANIZATION.matcher(id).matches()) {
        throw new PolicyValidationException("Account", "organizationId", "must be o- and 10 to 32 lower-case "
            + "letters or digits", id);
      }
      this.organizationId = id;
      return this;
    }

    /** Sets whether this is its organization's management account, which SCPs and RCPs do not limit. */
    public Builder managementAccount(boolean value) {
      this.managementAccount = value;
      return this;
    }

    /**
     * Creates the role {@code name} or, if the account has one, changes it: {@code spec} receives its builder.
     *
     * @throws PolicyValidationException if the name is not a valid role name
     */
    public Builder role(String name, Consumer<Role.Builder> spec) {
      Objects.requireNonNull(spec, "spec == null");
      spec.accept(roles.computeIfAbsent(name, Role.Builder::new));
      return this;
    }

    /** Removes the role {@code name} and the instance profiles holding it. */
    public Builder removeRole(String name) {
      roles.remove(name);
      instanceProfiles.values().removeIf(name::equals);
      return this;
    }

    /** Creates the user {@code name} or, if the account has one, changes it. */
    public Builder user(String name, Consumer<User.Builder> spec) {
      Objects.requireNonNull(spec, "spec == null");
      spec.accept(users.computeIfAbsent(name, User.Builder::new));
      return this;
    }

    /** Removes the user {@code name}. */
    public Builder removeUser(String name) {
      users.remove(name);
      return this;
    }

    /**
     * Puts the instance profile {@code name} holding the role {@code roleName} of this account.
     *
     * @throws PolicyValidationException if the name is not a valid instance profile name; {@link #build()} throws
     *     it if the account has no such role
     */
    public Builder instanceProfile(String name, String roleName) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(roleName, "roleName == null");
      if (!name.matches("[\\w+=,.@-]{1,128}")) {
        throw new PolicyValidationException("InstanceProfile", "name", "must be 1 to 128 characters of letters, "
            + "digits and +=,.@_-", name);
      }
      instanceProfiles.put(name, roleName);
      return this;
    }

    /** Removes the instance profile {@code name}. */
    public Builder removeInstanceProfile(String name) {
      instanceProfiles.remove(name);
      return this;
    }

    /**
     * Puts the bucket {@code name} without a bucket policy, replacing one of that name.
     *
     * @throws PolicyValidationException if the name is not a valid S3 bucket name
     */
    public Builder bucket(String name) {
      buckets.put(bucketName(name), Optional.empty());
      return this;
    }

    /** Puts the bucket {@code name} with its bucket policy, replacing one of that name. */
    public Builder bucket(String name, PolicyDocument policy) {
      buckets.put(bucketName(name), Optional.of(Objects.requireNonNull(policy, "policy == null")));
      return this;
    }

    /** Removes the bucket {@code name}. */
    public Builder removeBucket(String name) {
      buckets.remove(name);
      return this;
    }

    private static String bucketName(String name) {
      Objects.requireNonNull(name, "name == null");
      if (!BUCKET.matcher(name).matches()) {
        throw new PolicyValidationException("Bucket", "name", "must be 3 to 63 lower-case letters, digits, dots "
            + "and dashes, starting and ending with a letter or digit", name);
      }
      return name;
    }

    /** Adds the next SCP level (the organization root first, the account last); an empty level denies all. */
    public Builder addScpLevel(List<CompiledPolicy> level) {
      scpLevels.add(new ArrayList<>(level));
      return this;
    }

    /** Adds the next SCP level. */
    public Builder addScpLevel(CompiledPolicy... level) {
      return addScpLevel(List.of(level));
    }

    /** Removes every SCP level: the account's principals are no longer limited by SCPs. */
    public Builder clearScpLevels() {
      scpLevels.clear();
      return this;
    }

    /** Adds the next RCP level ({@code RCPFullAWSAccess} is implied at each). */
    public Builder addRcpLevel(List<CompiledPolicy> level) {
      rcpLevels.add(new ArrayList<>(level));
      return this;
    }

    /** Adds the next RCP level. */
    public Builder addRcpLevel(CompiledPolicy... level) {
      return addRcpLevel(List.of(level));
    }

    /** Removes every RCP level. */
    public Builder clearRcpLevels() {
      rcpLevels.clear();
      return this;
    }

    /**
     * Returns the account.
     *
     * @throws PolicyValidationException if an instance profile names a role the account does not have
     */
    public Account build() {
      return new Account(this);
    }
  }
}
