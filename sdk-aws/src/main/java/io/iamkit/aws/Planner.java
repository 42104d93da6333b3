package io.iamkit.aws;

import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.SetupBucketPolicy;
import io.iamkit.databricks.SetupInstanceProfile;
import io.iamkit.databricks.SetupRole;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.IamkitException;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyDocuments;
import io.iamkit.policy.Statement;
import io.iamkit.policy.json.PolicyReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRoleTagsResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Reads what exists and works out the changes: one planner per {@link Applier#plan} call. */
final class Planner {
  private static final PolicyReader READER = PolicyReader.lenient();

  /** A role by account and name. */
  private static final class RoleKey {
    final AccountId account;
    final String name;

    RoleKey(AccountId account, String name) {
      this.account = account;
      this.name = name;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof RoleKey && ((RoleKey) other).account.equals(account)
          && ((RoleKey) other).name.equals(name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(account, name);
    }
  }

  /** A role as the set-ups together want it. */
  private static final class WantedRole {
    final RoleKey key;
    @Nullable PolicyDocument trust;
    final Map<String, PolicyDocument> inline = new LinkedHashMap<>();

    WantedRole(RoleKey key) {
      this.key = key;
    }
  }

  private final Function<AccountId, Clients> clients;
  private final Retrier retrier;
  private final boolean takeOver;
  private final List<Change> changes = new ArrayList<>();
  private final List<Conflict> conflicts = new ArrayList<>();
  private final Set<RoleKey> conflicted = new HashSet<>();

  Planner(Function<AccountId, Clients> clients, Retrier retrier, boolean takeOver) {
    this.clients = clients;
    this.retrier = retrier;
    this.takeOver = takeOver;
  }

  Plan plan(List<DatabricksSetup> setups) {
    Map<RoleKey, WantedRole> roles = new LinkedHashMap<>();
    Map<RoleKey, SetupInstanceProfile> profiles = new LinkedHashMap<>();
    Map<RoleKey, List<Statement>> buckets = new LinkedHashMap<>();
    for (DatabricksSetup setup : setups) {
      Objects.requireNonNull(setup, "setup == null");
      setup.roles().forEach(role -> merge(roles, role));
      for (SetupInstanceProfile profile : setup.instanceProfiles()) {
        profiles.putIfAbsent(new RoleKey(profile.account(), profile.name()), profile);
      }
      for (SetupBucketPolicy bucket : setup.bucketPolicies()) {
        List<Statement> statements =
            buckets.computeIfAbsent(new RoleKey(bucket.account(), bucket.bucket()), k -> new ArrayList<>());
        for (Statement statement : bucket.policy().statements()) {
          if (statements.stream().noneMatch(s -> sameStatement(s, statement))) {
            statements.add(statement);
          }
        }
      }
    }
    roles.values().forEach(this::planRole);
    profiles.values().forEach(this::planInstanceProfile);
    buckets.forEach((key, statements) -> planBucket(key.account, key.name, PolicyDocument.of(statements)));
    return new Plan(changes, conflicts);
  }

  private static void merge(Map<RoleKey, WantedRole> roles, SetupRole role) {
    RoleKey key = new RoleKey(role.account(), role.name());
    WantedRole wanted = roles.computeIfAbsent(key, WantedRole::new);
    PolicyDocument trust = role.trustPolicy().orElse(null);
    if (trust != null) {
      if (wanted.trust != null && !PolicyDocuments.semanticallyEqual(wanted.trust, trust)) {
        throw new AwsApplyException("Role " + role.name() + " in account " + role.account()
            + " has two different trust policies in the set-ups");
      }
      wanted.trust = trust;
    }
    for (NamedPolicy policy : role.inlinePolicies()) {
      PolicyDocument before = wanted.inline.putIfAbsent(policy.name(), policy.document());
      if (before != null && !PolicyDocuments.semanticallyEqual(before, policy.document())) {
        throw new AwsApplyException("Role " + role.name() + " in account " + role.account()
            + " has two different inline policies named " + policy.name() + " in the set-ups");
      }
    }
  }

  private void planRole(WantedRole wanted) {
    AccountId account = wanted.key.account;
    String name = wanted.key.name;
    String target = "role/" + name;
    Clients c = clients.apply(account);
    Role role = retrier.call("GetRole", target, account, false, () -> {
      try {
        return c.iam.getRole(r -> r.roleName(name)).role();
      } catch (NoSuchEntityException e) {
        return null;
      }
    });
    PolicyDocument trust = wanted.trust;
    if (trust == null) {
      if (role == null) {
        conflict(wanted.key, target, "the set-up adds inline policies to this existing role, which does not exist;"
            + " create it first or name another role");
        return;
      }
      planInlinePolicies(c, wanted, Set.copyOf(policyNames(c, account, name)));
      return;
    }
    if (role == null) {
      add(Change.Type.CREATE_ROLE, account, target, "create role " + name + " with its trust policy, tagged "
          + MANAGED_TAG, null, trust);
      wanted.inline.forEach((policy, document) -> add(Change.Type.PUT_ROLE_POLICY, account, target,
          "add inline policy " + policy, policy, document));
      return;
    }
    if (!managed(c, account, name)) {
      if (!takeOver) {
        conflict(wanted.key, target, "the role exists but is not managed by iamkit (no tag " + MANAGED_TAG
            + "); left unchanged. Use another role name, or take it over explicitly (takeOver)");
        return;
      }
      add(Change.Type.TAG_ROLE, account, target, "take over the existing role: tag it " + MANAGED_TAG, null,
          null);
    }
    PolicyDocument stored = read(role.assumeRolePolicyDocument());
    if (stored == null || !PolicyDocuments.semanticallyEqual(stored, trust)) {
      add(Change.Type.UPDATE_TRUST_POLICY, account, target,
          "put back the set-up's trust policy; the role's differs (edited outside iamkit?)", null, trust);
    }
    planInlinePolicies(c, wanted, Set.copyOf(policyNames(c, account, name)));
  }

  private void planInlinePolicies(Clients c, WantedRole wanted, Set<String> existing) {
    AccountId account = wanted.key.account;
    String name = wanted.key.name;
    String target = "role/" + name;
    wanted.inline.forEach((policy, document) -> {
      if (!existing.contains(policy)) {
        add(Change.Type.PUT_ROLE_POLICY, account, target, "add inline policy " + policy, policy, document);
        return;
      }
      String json = retrier.call("GetRolePolicy", target, account, false,
          () -> c.iam.getRolePolicy(r -> r.roleName(name).policyName(policy)).policyDocument());
      PolicyDocument stored = read(json);
      if (stored == null || !PolicyDocuments.semanticallyEqual(stored, document)) {
        add(Change.Type.PUT_ROLE_POLICY, account, target,
            "replace inline policy " + policy + ", which differs from the set-up's", policy, document);
      }
    });
  }

  private List<String> policyNames(Clients c, AccountId account, String name) {
    List<String> names = new ArrayList<>();
    String marker = null;
    do {
      String from = marker;
      ListRolePoliciesResponse page = retrier.call("ListRolePolicies", "role/" + name, account, false,
          () -> c.iam.listRolePolicies(r -> r.roleName(name).marker(from)));
      names.addAll(page.policyNames());
      marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
    } while (marker != null);
    return names;
  }

  private boolean managed(Clients c, AccountId account, String name) {
    String marker = null;
    do {
      String from = marker;
      ListRoleTagsResponse page = retrier.call("ListRoleTags", "role/" + name, account, false,
          () -> c.iam.listRoleTags(r -> r.roleName(name).marker(from)));
      for (Tag tag : page.tags()) {
        if (tag.key().equals(Applier.MANAGED_BY_KEY) && tag.value().equals(Applier.MANAGED_BY_VALUE)) {
          return true;
        }
      }
      marker = Boolean.TRUE.equals(page.isTruncated()) ? page.marker() : null;
    } while (marker != null);
    return false;
  }

  private void planInstanceProfile(SetupInstanceProfile wanted) {
    AccountId account = wanted.account();
    String target = "instance-profile/" + wanted.name();
    if (conflicted.contains(new RoleKey(account, wanted.roleName()))) {
      conflicts.add(new Conflict(account, target, "left unchanged because its role " + wanted.roleName()
          + " is in conflict"));
      return;
    }
    Clients c = clients.apply(account);
    InstanceProfile profile = retrier.call("GetInstanceProfile", target, account, false, () -> {
      try {
        return c.iam.getInstanceProfile(r -> r.instanceProfileName(wanted.name())).instanceProfile();
      } catch (NoSuchEntityException e) {
        return null;
      }
    });
    if (profile == null) {
      add(Change.Type.CREATE_INSTANCE_PROFILE, account, target, "create instance profile " + wanted.name(), null,
          null);
    } else if (profile.roles().stream().anyMatch(r -> r.roleName().equals(wanted.roleName()))) {
      return;
    } else if (!profile.roles().isEmpty()) {
      conflicts.add(new Conflict(account, target, "the instance profile holds role "
          + profile.roles().get(0).roleName() + ", not " + wanted.roleName() + "; left unchanged"));
      return;
    }
    add(Change.Type.ADD_ROLE_TO_INSTANCE_PROFILE, account, target,
        "add role " + wanted.roleName() + " to instance profile " + wanted.name(), wanted.roleName(), null);
  }

  private void planBucket(AccountId account, String bucket, PolicyDocument wanted) {
    String target = "bucket/" + bucket;
    Clients c = clients.apply(account);
    String json = retrier.call("GetBucketPolicy", target, account, false, () -> {
      try {
        return c.s3.getBucketPolicy(r -> r.bucket(bucket)).policy();
      } catch (S3Exception e) {
        if ("NoSuchBucketPolicy".equals(Retrier.errorCode(e))) {
          return null;
        }
        throw e;
      }
    });
    if (json == null) {
      add(Change.Type.PUT_BUCKET_POLICY, account, target, "create the bucket policy with "
          + statements(wanted.statements().size()), null, wanted);
      return;
    }
    PolicyDocument stored = read(json);
    if (stored == null) {
      throw new AwsApplyException("The policy of bucket " + bucket + " in account " + account
          + " cannot be read, so iamkit does not rewrite it; fix or delete it first");
    }
    List<Statement> missing = new ArrayList<>();
    for (Statement statement : wanted.statements()) {
      if (stored.statements().stream().noneMatch(s -> sameStatement(s, statement))) {
        missing.add(statement);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Set<String> sids = new HashSet<>();
    wanted.statements().forEach(s -> s.sid().ifPresent(sids::add));
    List<Statement> merged = new ArrayList<>();
    for (Statement statement : stored.statements()) {
      boolean ours = statement.sid().map(sids::contains).orElse(false)
          || wanted.statements().stream().anyMatch(s -> sameStatement(s, statement));
      if (!ours) {
        merged.add(statement);
      }
    }
    int kept = merged.size();
    merged.addAll(wanted.statements());
    PolicyDocument.Builder document = PolicyDocument.builder().statements(merged);
    stored.id().ifPresent(document::id);
    add(Change.Type.PUT_BUCKET_POLICY, account, target, "put " + statements(missing.size())
        + " of the set-up into the bucket policy, keeping " + statements(kept) + " not managed by iamkit", null,
        document.build());
  }

  private static String statements(int count) {
    return count == 1 ? "1 statement" : count + " statements";
  }

  private static boolean sameStatement(Statement a, Statement b) {
    return PolicyDocuments.semanticallyEqual(PolicyDocument.of(a), PolicyDocument.of(b));
  }

  /** The document IAM or S3 returned (IAM's URL-encoded), or null if it cannot be read. */
  private static @Nullable PolicyDocument read(@Nullable String json) {
    if (json == null) {
      return null;
    }
    try {
      return READER.read(json);
    } catch (IamkitException e) {
      return null;
    }
  }

  private void add(Change.Type type, AccountId account, String target, String description, @Nullable String name,
      @Nullable PolicyDocument document) {
    changes.add(new Change(type, account, target, description, name, document));
  }

  private void conflict(RoleKey key, String target, String reason) {
    conflicted.add(key);
    conflicts.add(new Conflict(key.account, target, reason));
  }

  private static final String MANAGED_TAG = Applier.MANAGED_BY_KEY + "=" + Applier.MANAGED_BY_VALUE;
}
