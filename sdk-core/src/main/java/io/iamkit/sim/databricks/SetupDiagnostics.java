package io.iamkit.sim.databricks;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.SetupBucketPolicy;
import io.iamkit.databricks.SetupRole;
import io.iamkit.databricks.StagingBucketSetup;
import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.eval.Caller;
import io.iamkit.eval.CompiledPolicy;
import io.iamkit.eval.Evaluation;
import io.iamkit.eval.Evaluator;
import io.iamkit.eval.PolicyKind;
import io.iamkit.eval.Policies;
import io.iamkit.eval.Request;
import io.iamkit.eval.StatementResult;
import io.iamkit.lint.Finding;
import io.iamkit.lint.FindingCode;
import io.iamkit.lint.LintContext;
import io.iamkit.lint.Linter;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Effect;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.Bucket;
import io.iamkit.sim.ChainResult;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.Hop;
import io.iamkit.sim.Role;
import io.iamkit.sim.StepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Databricks troubleshooting lists as checks on a whole set-up: every document linted with what the set-up
 * knows about it, and every access the set-up exists for simulated in an {@link AccountModel}.
 *
 * <pre>{@code
 * for (SetupFinding finding : SetupDiagnostics.check(setup)) {
 *   System.out.println(finding);  // role uc-storage trust policy: ERROR UC_SELF_ASSUME_MISSING at /Statement: ...
 * }
 * // Against what is deployed, with the organization's SCPs:
 * AccountModel deployed = DatabricksAccounts.builder(List.of(setup))
 *     .account("111122223333", a -> a.addScpLevel(fullAwsAccess).addScpLevel(denyAssumeRole)).build();
 * SetupDiagnostics.check(setup, deployed);
 * }</pre>
 *
 * <p>What is checked:
 *
 * <ul>
 *   <li>Each trust, inline, managed and bucket policy, with the {@link Linter} and a {@link LintContext} giving the
 *       role's ARN, the external ID the set-up passes and whether the role serves Unity Catalog: grammar, security
 *       (confused deputy, bypassable external ID...), Unity Catalog trust without the master role or without
 *       self-assume ({@link FindingCode#UC_PRINCIPAL_MISSING}, {@link FindingCode#UC_SELF_ASSUME_MISSING}), an
 *       external ID other than the set-up's ({@link FindingCode#EXTERNAL_ID_MISMATCH}).
 *   <li>A staging role whose trust does not name its third party ({@link FindingCode#THIRD_PARTY_PRINCIPAL_MISSING}).
 *   <li>Each {@code AssumeRole} the set-up exists for, simulated with the external ID it expects
 *       ({@link FindingCode#ASSUME_ROLE_DENIED}): Databricks into the workspace role, Unity Catalog's master role and
 *       the role itself into a storage-credential or staging role, the third party into a staging role, log
 *       delivery into its role, EC2 into MyRoleA and MyRoleA into MyRoleB. When the SCPs of the caller's account
 *       are what denies it, {@link FindingCode#SCP_DENIES_ASSUME_ROLE} names them instead (and
 *       {@code ASSUME_ROLE_DENIED} is added only if something else denies it too).
 *   <li>The set-up's bucket: {@code s3:GetObject}, {@code s3:ListBucket} and {@code s3:PutObject} by the role that
 *       uses it (Databricks itself for a workspace root bucket), simulated
 *       ({@link FindingCode#S3_PERMISSIONS_MISSING}).
 * </ul>
 *
 * <p>Documents are taken from the account model, so that a model of what is deployed, or a changed copy of the
 * set-up's, is checked against what the set-up expects; a role of the set-up missing from the model is
 * {@link FindingCode#SETUP_RESOURCE_MISSING}. Findings are in the order above, without duplicates.
 */
public final class SetupDiagnostics {
  /** The object key the S3 checks use. */
  static final String PROBE_KEY = "iamkit-diagnostics-probe";
  private static final List<String> S3_ACTIONS = List.of("s3:GetObject", "s3:ListBucket", "s3:PutObject");
  private static final CompiledPolicy ALLOW_ALL = CompiledPolicy.of("(everything the SCPs allow)",
      PolicyDocument.of(Statement.builder().effect(Effect.ALLOW).addAction(Action.ALL).addResource(Resource.ALL)
          .build()));

  private SetupDiagnostics() {}

  /** Checks {@code setup} in the model {@link DatabricksAccounts#from} builds of it. */
  public static List<SetupFinding> check(DatabricksSetup setup) {
    return check(setup, DatabricksAccounts.from(setup));
  }

  /**
   * Checks {@code setup} against {@code accounts}, which should hold the set-up's roles and buckets (as
   * {@link DatabricksAccounts#builder} puts them, possibly changed, or as deployed) and any SCPs to check.
   */
  public static List<SetupFinding> check(DatabricksSetup setup, AccountModel accounts) {
    Objects.requireNonNull(setup, "setup == null");
    Objects.requireNonNull(accounts, "accounts == null");
    Plan plan = Plan.of(setup);
    Set<SetupFinding> findings = new LinkedHashSet<>();
    Linter linter = Linter.create();
    for (SetupRole setupRole : setup.roles()) {
      lintRole(findings, linter, setupRole, accounts, plan);
    }
    for (SetupBucketPolicy bucket : setup.bucketPolicies()) {
      Optional<PolicyDocument> policy = accounts.bucket(bucket.bucket()).flatMap(Bucket::policy);
      if (policy.isPresent()) {
        LintContext context = LintContext.builder().account(bucket.account()).build();
        for (Finding finding : linter.lint(policy.get(), io.iamkit.lint.PolicyKind.RESOURCE, context)) {
          findings.add(SetupFinding.of("bucket " + bucket.bucket() + " policy", finding));
        }
      }
    }
    // A role missing from the model is reported once, above: the accesses it takes part in are not simulated.
    Set<Arn> missing = new LinkedHashSet<>();
    for (SetupRole setupRole : setup.roles()) {
      if (accounts.role(setupRole.arn()).isEmpty()) {
        missing.add(setupRole.arn());
      }
    }
    for (AssumePlan assume : plan.assumes) {
      if (missing.contains(assume.hop.role()) || missing.contains(assume.caller.arn())
          || assume.thirdParty != null && thirdPartyMissing(findings, accounts, assume)) {
        continue;
      }
      ChainResult result = accounts.simulateChain(assume.caller, List.of(assume.hop));
      for (StepResult step : result.failures()) {
        assumeFindings(findings, accounts, assume, step);
      }
    }
    for (AccessPlan access : plan.accesses) {
      if (!missing.contains(access.caller.arn())) {
        accessFindings(findings, accounts, access);
      }
    }
    return List.copyOf(findings);
  }

  // Linting

  private static void lintRole(Set<SetupFinding> findings, Linter linter, SetupRole setupRole,
      AccountModel accounts, Plan plan) {
    String name = "role " + setupRole.name();
    Optional<Role> found = accounts.role(setupRole.arn());
    if (found.isEmpty()) {
      findings.add(SetupFinding.of(name, Finding.of(FindingCode.SETUP_RESOURCE_MISSING, "", "the account model has "
          + "no role " + setupRole.arn() + ", which the set-up " + (setupRole.trustPolicy().isPresent() ? "creates"
          : "adds policies to"))));
      return;
    }
    Role role = found.get();
    RoleExpectation expected = plan.roles.getOrDefault(setupRole.arn(), RoleExpectation.NONE);
    LintContext.Builder context = LintContext.builder().roleArn(role.arn()).unityCatalog(expected.unityCatalog);
    if (expected.externalId != null) {
      context.externalId(expected.externalId);
    }
    LintContext built = context.build();
    if (setupRole.trustPolicy().isPresent()) {
      if (role.trustPolicy().isEmpty()) {
        findings.add(SetupFinding.of(name + " trust policy", Finding.of(FindingCode.SETUP_RESOURCE_MISSING, "",
            "the account model does not know the trust policy of " + role.arn() + ", which the set-up gives it")));
      } else {
        for (Finding finding : linter.lint(role.trustPolicy().get(), io.iamkit.lint.PolicyKind.TRUST, built)) {
          findings.add(SetupFinding.of(name + " trust policy", finding));
        }
      }
    }
    role.inlinePolicies().forEach((policyName, document) -> {
      for (Finding finding : linter.lint(document, io.iamkit.lint.PolicyKind.IDENTITY, built)) {
        findings.add(SetupFinding.of(name + " inline policy " + policyName, finding));
      }
    });
    role.managedPolicies().forEach((policyName, document) -> {
      for (Finding finding : linter.lint(document, io.iamkit.lint.PolicyKind.IDENTITY, built)) {
        findings.add(SetupFinding.of(name + " managed policy " + policyName, finding));
      }
    });
  }

  /** Whether the trust of the staging role does not name its third party; adds the finding if so. */
  private static boolean thirdPartyMissing(Set<SetupFinding> findings, AccountModel accounts, AssumePlan assume) {
    Arn thirdParty = Objects.requireNonNull(assume.thirdParty);
    Optional<Role> role = accounts.role(assume.hop.role());
    if (role.isEmpty() || role.get().trustPolicy().isEmpty()) {
      return false;
    }
    for (Statement statement : role.get().trustPolicy().get().statements()) {
      if (statement.effect() == Effect.ALLOW && statement.principal().isPresent()
          && statement.principal().get().aws().contains(thirdParty.toString()) && allowsAssumeRole(statement)) {
        return false;
      }
    }
    findings.add(SetupFinding.of("role " + role.get().name() + " trust policy", Finding.of(
        FindingCode.THIRD_PARTY_PRINCIPAL_MISSING, "/Statement", "no Allow statement for sts:AssumeRole names the "
            + "third party " + thirdParty + ", so it cannot assume the role; add it to the Principal of the "
            + "statement that tests its external ID")));
    return true;
  }

  private static boolean allowsAssumeRole(Statement statement) {
    for (Action action : statement.actions()) {
      String text = action.canonical();
      if (text.equals("*") || text.equals("sts:*") || text.equals("sts:assumerole")) {
        return true;
      }
    }
    return false;
  }

  // Simulation

  private static void assumeFindings(Set<SetupFinding> findings, AccountModel accounts, AssumePlan assume,
      StepResult step) {
    String target = roleName(step.resource());
    boolean ec2 = step.kind() == StepResult.Kind.INSTANCE_PROFILE;
    String who = ec2 ? "EC2, giving the instance profile's role its credentials," : assume.purpose + " ("
        + step.caller() + ")";
    String what = who + " cannot assume " + step.resource()
        + (!ec2 && assume.hop.externalId().isPresent() ? " with the external ID " + assume.hop.externalId().get()
            : "");
    if (!step.problems().isEmpty()) {
      findings.add(SetupFinding.of("role " + target, Finding.of(FindingCode.ASSUME_ROLE_DENIED, "",
          what + ": " + String.join("; ", step.problems()))));
      return;
    }
    Evaluation evaluation = step.evaluation().orElseThrow();
    Optional<AccountId> callerAccount = step.caller().account();
    Policies policies = evaluation.policies();
    if (callerAccount.isPresent() && !policies.scpLevels().isEmpty()) {
      Evaluation scps = scpsAlone(evaluation.request(), callerAccount.get(), policies);
      if (!scps.isAllowed()) {
        findings.add(SetupFinding.of("account " + callerAccount.get() + " SCPs", Finding.of(
            FindingCode.SCP_DENIES_ASSUME_ROLE, "", "the SCPs of account " + callerAccount.get() + " do not allow "
                + step.caller() + " to call sts:AssumeRole on " + step.resource() + ": " + scps.reason())));
        Evaluation rest = Evaluator.evaluate(evaluation.request(), withoutScps(policies));
        if (rest.isAllowed()) {
          return;
        }
        evaluation = rest;
      }
    }
    String document = resourceSideAllows(evaluation) && !ec2
        ? identityDocument(step.caller()) : "role " + target + " trust policy";
    findings.add(SetupFinding.of(document, Finding.of(FindingCode.ASSUME_ROLE_DENIED, "",
        what + ": " + evaluation.decision() + ", " + evaluation.reason() + missingKeys(evaluation))));
  }

  private static void accessFindings(Set<SetupFinding> findings, AccountModel accounts, AccessPlan access) {
    String bucketArn = "arn:" + access.partition + ":s3:::" + access.bucket;
    Map<String, StepResult> failed = new LinkedHashMap<>();
    for (String action : S3_ACTIONS) {
      String resource = action.equals("s3:ListBucket") ? bucketArn : bucketArn + "/" + PROBE_KEY;
      StepResult step = accounts.simulate(access.caller, action, resource);
      if (!step.succeeded()) {
        failed.put(action, step);
      }
    }
    if (failed.isEmpty()) {
      return;
    }
    StepResult first = failed.values().iterator().next();
    String why;
    String document;
    if (!first.problems().isEmpty()) {
      why = String.join("; ", first.problems());
      document = "bucket " + access.bucket;
    } else {
      Evaluation evaluation = first.evaluation().orElseThrow();
      why = evaluation.decision() + ", " + evaluation.reason() + missingKeys(evaluation);
      boolean crossAccount = !evaluation.request().resourceAccount().equals(first.caller().account());
      document = crossAccount && !resourceSideAllows(evaluation)
          ? "bucket " + access.bucket + " policy" : identityDocument(first.caller());
    }
    findings.add(SetupFinding.of(document, Finding.of(FindingCode.S3_PERMISSIONS_MISSING, "", access.purpose + " ("
        + first.caller() + ") cannot " + String.join(", ", failed.keySet()) + " on the bucket " + access.bucket
        + ": " + why + " (" + first.action() + " on " + first.resource() + ")")));
  }

  private static String missingKeys(Evaluation evaluation) {
    List<String> missing = evaluation.missingContextKeys();
    return missing.isEmpty() ? "" : "; missing context keys: " + String.join(", ", missing);
  }

  private static boolean resourceSideAllows(Evaluation evaluation) {
    for (StatementResult statement : evaluation.statements()) {
      if (statement.policyKind() == PolicyKind.RESOURCE && statement.effect() == Effect.ALLOW
          && statement.outcome() == StatementResult.Outcome.MATCHED) {
        return true;
      }
    }
    return false;
  }

  private static String identityDocument(Caller caller) {
    return caller.roleArn().map(arn -> "role " + roleName(arn.toString()) + " identity policies")
        .orElse(caller + " identity policies");
  }

  private static String roleName(String roleArn) {
    return roleArn.substring(roleArn.lastIndexOf('/') + 1);
  }

  /** The request in the caller's own account, with every permission but the SCPs: do the SCPs alone allow it? */
  private static Evaluation scpsAlone(Request request, AccountId callerAccount, Policies policies) {
    Policies.Builder only = Policies.builder().identityPolicy(ALLOW_ALL);
    policies.scpLevels().forEach(only::addScpLevel);
    policies.managementAccount().ifPresent(only::managementAccount);
    return Evaluator.evaluate(request.toBuilder().resourceAccount(callerAccount).build(), only.build());
  }

  private static Policies withoutScps(Policies policies) {
    Policies.Builder rest = Policies.builder();
    policies.identityPolicies().forEach(rest::identityPolicy);
    policies.permissionsBoundary().ifPresent(rest::permissionsBoundary);
    policies.sessionPolicies().forEach(rest::sessionPolicy);
    policies.resourcePolicy().ifPresent(p -> rest.resourcePolicy(p, policies.resourcePolicyKind()));
    policies.rcpLevels().forEach(rest::addRcpLevel);
    policies.vpcEndpointPolicies().forEach(rest::vpcEndpointPolicy);
    policies.managementAccount().ifPresent(rest::managementAccount);
    return rest.build();
  }

  // What each set-up expects

  private static final class RoleExpectation {
    static final RoleExpectation NONE = new RoleExpectation(null, false);

    final @Nullable ExternalId externalId;
    final boolean unityCatalog;

    RoleExpectation(@Nullable ExternalId externalId, boolean unityCatalog) {
      this.externalId = externalId;
      this.unityCatalog = unityCatalog;
    }
  }

  /** An AssumeRole the set-up exists for. */
  private static final class AssumePlan {
    final String purpose;
    final Credentials caller;
    final Hop hop;
    final @Nullable Arn thirdParty;

    AssumePlan(String purpose, Credentials caller, Hop hop, @Nullable Arn thirdParty) {
      this.purpose = purpose;
      this.caller = caller;
      this.hop = hop;
      this.thirdParty = thirdParty;
    }
  }

  /** A bucket the set-up's role (or Databricks) must read, list and write. */
  private static final class AccessPlan {
    final String purpose;
    final Credentials caller;
    final String bucket;
    final String partition;

    AccessPlan(String purpose, Credentials caller, String bucket, String partition) {
      this.purpose = purpose;
      this.caller = caller;
      this.bucket = bucket;
      this.partition = partition;
    }
  }

  private static final class Plan {
    final Map<Arn, RoleExpectation> roles = new LinkedHashMap<>();
    final List<AssumePlan> assumes = new ArrayList<>();
    final List<AccessPlan> accesses = new ArrayList<>();

    static Plan of(DatabricksSetup setup) {
      Plan plan = new Plan();
      DatabricksPartition partition = setup.partition();
      String arnPartition = partition.arnPartition().id();
      if (setup instanceof WorkspaceCredentialSetup) {
        WorkspaceCredentialSetup workspace = (WorkspaceCredentialSetup) setup;
        Arn role = workspace.role().arn();
        plan.roles.put(role, new RoleExpectation(workspace.externalId(), false));
        plan.assumes.add(new AssumePlan("Databricks", DatabricksAccounts.databricks(partition),
            Hop.builder(role).externalId(workspace.externalId()).build(), null));
      } else if (setup instanceof UnityCatalogStorageSetup) {
        UnityCatalogStorageSetup uc = (UnityCatalogStorageSetup) setup;
        Arn role = uc.role().arn();
        plan.roles.put(role, new RoleExpectation(uc.externalId(), true));
        plan.unityCatalog(partition, role, uc.externalId());
        plan.accesses.add(new AccessPlan("the storage credential's role", session(role), uc.bucket(),
            arnPartition));
      } else if (setup instanceof StagingBucketSetup) {
        StagingBucketSetup staging = (StagingBucketSetup) setup;
        Arn role = staging.role().arn();
        plan.roles.put(role, new RoleExpectation(staging.databricksExternalId(), true));
        plan.assumes.add(new AssumePlan("the third party", DatabricksAccounts.thirdParty(staging.thirdParty()),
            Hop.builder(role).externalId(staging.thirdPartyExternalId()).build(), staging.thirdParty()));
        plan.unityCatalog(partition, role, staging.databricksExternalId());
        plan.accesses.add(new AccessPlan("the staging role", session(role), staging.bucket(), arnPartition));
      } else if (setup instanceof LogDeliverySetup) {
        LogDeliverySetup logs = (LogDeliverySetup) setup;
        Arn role = logs.role().arn();
        plan.roles.put(role, new RoleExpectation(logs.externalId(), false));
        plan.assumes.add(new AssumePlan("Databricks log delivery", DatabricksAccounts.logDelivery(partition),
            Hop.builder(role).externalId(logs.externalId()).build(), null));
        plan.accesses.add(new AccessPlan("the log-delivery role", session(role), logs.bucketPolicy().bucket(),
            arnPartition));
      } else if (setup instanceof StorageConfigurationSetup) {
        StorageConfigurationSetup storage = (StorageConfigurationSetup) setup;
        plan.accesses.add(new AccessPlan("Databricks", DatabricksAccounts.databricks(partition),
            storage.bucketPolicy().bucket(), arnPartition));
      } else if (setup instanceof S3CrossAccountSetup) {
        S3CrossAccountSetup s3 = (S3CrossAccountSetup) setup;
        plan.assumes.add(new AssumePlan("MyRoleA on the cluster's instance",
            Credentials.instanceProfile(s3.instanceProfile().arn()), Hop.to(s3.roleB().arn()), null));
        plan.accesses.add(new AccessPlan(s3.roleB().name(), session(s3.roleB().arn()),
            s3.bucketPolicy().bucket(), arnPartition));
      }
      return plan;
    }

    void unityCatalog(DatabricksPartition partition, Arn role, ExternalId externalId) {
      assumes.add(new AssumePlan("Unity Catalog's master role", DatabricksAccounts.unityCatalog(partition),
          Hop.builder(role).externalId(externalId).build(), null));
      assumes.add(new AssumePlan("the role itself (Unity Catalog self-assume)", session(role),
          Hop.builder(role).externalId(externalId).build(), null));
    }

    private static Credentials session(Arn role) {
      return Credentials.roleSession(role, Hop.DEFAULT_SESSION_NAME);
    }
  }
}
