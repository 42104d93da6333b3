package io.iamkit.lint;

import static io.iamkit.lint.LintRun.quote;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Databricks troubleshooting lists as checks, as far as documents tell: a Unity Catalog role must be
 * assumable by the Unity Catalog master role and by itself (since 2025-01-20, "Non-self-assuming role"), and a
 * role of a Databricks account that Databricks does not document is probably a typo.
 *
 * <p>Without a role ARN in the {@link LintContext} the self-assume check can only look for a statement naming a
 * principal outside the Databricks accounts; with it, the check looks for exactly that role. The permissions
 * policy of a Unity Catalog role is checked only when the context gives the role ARN.
 */
final class DatabricksChecks {
  private static final String PRINCIPAL_ARN = "aws:PrincipalArn";
  private static final String SINCE = "which Unity Catalog requires since 2025-01-20 (\"Non-self-assuming role\")";

  private DatabricksChecks() {}

  /** Roles of the Databricks accounts that Databricks does not document. */
  static void statement(LintRun run, int index) {
    if (run.kind != PolicyKind.TRUST && run.kind != PolicyKind.RESOURCE) {
      return;
    }
    Statement statement = run.statement(index);
    String path = run.statementPath(index);
    statement.principal().ifPresent(p -> unknownRoles(run, p, path, "Principal"));
    statement.notPrincipal().ifPresent(p -> unknownRoles(run, p, path, "NotPrincipal"));
  }

  private static void unknownRoles(LintRun run, Principal principal, String path, String element) {
    List<String> ids = principal.aws();
    for (int i = 0; i < ids.size(); i++) {
      Optional<Arn> arn = Arn.tryParse(ids.get(i));
      if (arn.isEmpty() || !arn.get().service().equals("iam") || !arn.get().resource().startsWith("role/")
          || arn.get().accountId().isEmpty()) {
        continue;
      }
      for (DatabricksConstants.Deployment deployment : DatabricksConstants.DEPLOYMENTS) {
        if (deployment.account.equals(arn.get().accountId().get())
            && !ids.get(i).equals(deployment.unityCatalogMasterRole)
            && !ids.get(i).equals(deployment.logDeliveryRole)) {
          run.add(FindingCode.DATABRICKS_UNKNOWN_ROLE,
              LintRun.principalId(path, element, principal, PrincipalType.AWS, i),
              quote(ids.get(i)) + " is a role of the Databricks AWS account " + deployment.account + " ("
                  + deployment.name + ") that Databricks does not document; the roles it documents there are "
                  + deployment.unityCatalogMasterRole + " (Unity Catalog) and " + deployment.logDeliveryRole
                  + " (log delivery): check for a typo");
        }
      }
    }
  }

  /** The Unity Catalog checks of a trust or permissions policy. */
  static void document(LintRun run) {
    if (run.kind == PolicyKind.TRUST) {
      trust(run);
    } else if (run.kind == PolicyKind.IDENTITY && run.context.unityCatalog() && run.context.roleArn().isPresent()) {
      permissions(run, run.context.roleArn().get());
    }
  }

  private static void trust(LintRun run) {
    List<String> named = new ArrayList<>();
    for (Statement statement : run.document.statements()) {
      if (isAssumeAllow(statement)) {
        for (String id : statement.principal().get().aws()) {
          if (DatabricksConstants.isUnityCatalogMasterRole(id)) {
            named.add(id);
          }
        }
      }
    }
    if (!run.context.unityCatalog() && named.isEmpty()) {
      return;
    }
    Optional<Arn> role = run.context.roleArn();
    if (run.context.unityCatalog()) {
      List<String> expected = new ArrayList<>();
      for (DatabricksConstants.Deployment deployment : DatabricksConstants.DEPLOYMENTS) {
        if (role.isEmpty() || role.get().partition().equals(deployment.partition)) {
          expected.add(deployment.unityCatalogMasterRole);
        }
      }
      if (named.stream().noneMatch(expected::contains)) {
        run.add(FindingCode.UC_PRINCIPAL_MISSING, "/Statement", "the trust policy of a Unity Catalog role must "
            + "let the Unity Catalog master role assume it: add a statement with \"Principal\": {\"AWS\": "
            + quote(expected.get(0)) + "}" + (expected.size() > 1 ? " (or " + String.join(" or ",
                expected.subList(1, expected.size())) + ")" : "")
            + ", \"Action\": \"sts:AssumeRole\" and the storage credential's external ID in sts:ExternalId");
      }
    }
    if (role.isPresent()) {
      if (!trustsItself(run, role.get())) {
        Arn arn = role.get();
        String root = "arn:" + arn.partition() + ":iam::" + arn.account() + ":root";
        run.add(FindingCode.UC_SELF_ASSUME_MISSING, "/Statement", "no statement lets the role " + arn
            + " assume itself, " + SINCE + "; add {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": " + quote(root)
            + "}, \"Action\": \"sts:AssumeRole\", \"Condition\": {\"ArnLike\": {\"aws:PrincipalArn\": "
            + quote(arn.toString()) + "}, \"StringEquals\": {\"sts:ExternalId\": \"<external ID>\"}}}");
      }
    } else if (!namesOwnAccount(run)) {
      run.add(FindingCode.UC_SELF_ASSUME_MISSING, "/Statement", "the Unity Catalog master role may assume this "
          + "role, but no statement names a principal of the role's own account, so the role cannot assume "
          + "itself, " + SINCE + "; add a statement naming the role, or its account root with an aws:PrincipalArn "
          + "condition (give the role ARN in LintContext to check this exactly)");
    }
  }

  private static boolean isAssumeAllow(Statement statement) {
    return statement.effect() == Effect.ALLOW && statement.principal().isPresent()
        && SecurityChecks.allowsAssumeRole(statement);
  }

  /** Whether some statement lets {@code role} assume itself. */
  private static boolean trustsItself(LintRun run, Arn role) {
    AccountId account = role.accountId().orElse(null);
    for (Statement statement : run.document.statements()) {
      if (!isAssumeAllow(statement)) {
        continue;
      }
      Principal principal = statement.principal().get();
      boolean names = principal.isAll() || principal.aws().contains(role.toString())
          || (account != null && Principals.namesAccount(principal, account));
      if (names && principalArnConditionsAccept(statement, role.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Whether every {@code aws:PrincipalArn} condition of the statement holds for {@code roleArn}. */
  private static boolean principalArnConditionsAccept(Statement statement, String roleArn) {
    for (Condition condition : statement.conditions()) {
      if (!condition.key().equalsIgnoreCase(PRINCIPAL_ARN)) {
        continue;
      }
      ConditionOperator.Base base = condition.operator().base();
      boolean any = false;
      for (String value : condition.values()) {
        switch (base) {
          case STRING_EQUALS:
          case STRING_NOT_EQUALS:
            any |= value.equals(roleArn);
            break;
          case STRING_EQUALS_IGNORE_CASE:
          case STRING_NOT_EQUALS_IGNORE_CASE:
            any |= value.toLowerCase(Locale.ROOT).equals(roleArn.toLowerCase(Locale.ROOT));
            break;
          case NULL:
            any |= value.equalsIgnoreCase("false");
            break;
          default:
            any |= Glob.matches(value, roleArn, false);
            break;
        }
      }
      boolean holds = base == ConditionOperator.Base.NULL || !base.isNegated() ? any : !any;
      if (!holds) {
        return false;
      }
    }
    return true;
  }

  /** Whether some assume-role statement names a principal outside the Databricks accounts. */
  private static boolean namesOwnAccount(LintRun run) {
    for (Statement statement : run.document.statements()) {
      if (!isAssumeAllow(statement)) {
        continue;
      }
      for (String id : statement.principal().get().aws()) {
        Optional<AccountId> account = Principals.account(id);
        if (account.isPresent() && !DatabricksConstants.isDatabricksAccount(account.get())) {
          return true;
        }
      }
    }
    return false;
  }

  private static void permissions(LintRun run, Arn role) {
    for (Statement statement : run.document.statements()) {
      if (statement.effect() != Effect.ALLOW || !SecurityChecks.allowsAssumeRole(statement)) {
        continue;
      }
      for (Resource resource : statement.resources()) {
        if (Arns.matches(resource, role)) {
          return;
        }
      }
    }
    run.add(FindingCode.UC_SELF_ASSUME_MISSING, "/Statement", "the permissions policy of a Unity Catalog role must "
        + "allow it to assume itself, " + SINCE + "; add {\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", "
        + "\"Resource\": " + quote(role.toString()) + "}");
  }
}
