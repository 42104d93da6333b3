package io.iamkit.lint;

import static io.iamkit.lint.LintRun.quote;

import io.iamkit.policy.Action;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The grammar of each policy kind (which elements a statement must and must not have), the shape of Sids,
 * principals and resource ARNs, and where policy variables are allowed.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy
 *     grammar</a>
 */
final class GrammarChecks {
  private GrammarChecks() {}

  static void run(LintRun run, int index) {
    Statement statement = run.statement(index);
    String path = run.statementPath(index);
    kind(run, statement, path);
    sid(run, statement, path);
    if (run.kind == PolicyKind.RESOURCE || run.kind == PolicyKind.TRUST || run.kind == PolicyKind.RCP) {
      statement.principal().ifPresent(p -> principal(run, p, path, "Principal"));
      statement.notPrincipal().ifPresent(p -> principal(run, p, path, "NotPrincipal"));
    }
    resources(run, statement, statement.resources(), path, "Resource");
    resources(run, statement, statement.notResources(), path, "NotResource");
    conditions(run, statement, path);
  }

  private static void kind(LintRun run, Statement statement, String path) {
    boolean hasPrincipal = statement.principal().isPresent() || statement.notPrincipal().isPresent();
    boolean hasResource = !statement.resources().isEmpty() || !statement.notResources().isEmpty();
    switch (run.kind) {
      case IDENTITY:
      case SCP:
        String why = run.kind == PolicyKind.IDENTITY
            ? "is not allowed in an identity policy, and IAM refuses it: the policy applies to whoever it is "
                + "attached to; only resource-based and role trust policies name principals"
            : "is not allowed in a service control policy: an SCP applies to the principals of the accounts it "
                + "is attached to; single some out with the aws:PrincipalArn condition key";
        if (statement.principal().isPresent()) {
          run.add(FindingCode.IDENTITY_PRINCIPAL, path + "/Principal", "Principal " + why);
        }
        if (statement.notPrincipal().isPresent()) {
          run.add(FindingCode.IDENTITY_PRINCIPAL, path + "/NotPrincipal", "NotPrincipal " + why);
        }
        missingResource(run, hasResource, path);
        break;
      case RESOURCE:
        missingPrincipal(run, hasPrincipal, path);
        missingResource(run, hasResource, path);
        break;
      case TRUST:
        if (statement.notPrincipal().isPresent()) {
          run.add(FindingCode.TRUST_NOT_PRINCIPAL, path + "/NotPrincipal", "NotPrincipal is not allowed in a role "
              + "trust policy, and IAM refuses it; name the principals that may assume the role in Principal");
        }
        missingPrincipal(run, hasPrincipal, path);
        if (!statement.resources().isEmpty()) {
          run.add(FindingCode.TRUST_RESOURCE, path + "/Resource", "a role trust policy has no Resource (the "
              + "resource is the role itself), and IAM refuses one: remove it");
        }
        if (!statement.notResources().isEmpty()) {
          run.add(FindingCode.TRUST_RESOURCE, path + "/NotResource", "a role trust policy has no NotResource (the "
              + "resource is the role itself), and IAM refuses one: remove it");
        }
        trustActions(run, statement, path);
        break;
      case RCP:
        if (statement.notPrincipal().isPresent()) {
          run.add(FindingCode.RCP_PRINCIPAL, path + "/NotPrincipal", "NotPrincipal is not supported in a resource "
              + "control policy; use \"Principal\": \"*\" with conditions such as aws:PrincipalOrgID");
        } else if (statement.principal().isPresent() && !isOnlyStar(statement.principal().get())) {
          run.add(FindingCode.RCP_PRINCIPAL, path + "/Principal", "a resource control policy supports only "
              + "\"Principal\": \"*\"; narrow it with conditions such as aws:PrincipalOrgID");
        }
        missingPrincipal(run, hasPrincipal, path);
        missingResource(run, hasResource, path);
        break;
      default:
        break;
    }
  }

  private static boolean isOnlyStar(Principal principal) {
    return principal.ids().size() == 1 && principal.aws().equals(List.of("*"));
  }

  private static void missingPrincipal(LintRun run, boolean hasPrincipal, String path) {
    if (!hasPrincipal) {
      run.add(FindingCode.MISSING_PRINCIPAL, path, "a statement of " + LintRun.withArticle(run.kind.description())
          + " needs a Principal: it names who the statement applies to, and a statement without one never "
          + "matches");
    }
  }

  private static void missingResource(LintRun run, boolean hasResource, String path) {
    if (!hasResource) {
      run.add(FindingCode.MISSING_RESOURCE, path, "a statement of " + LintRun.withArticle(run.kind.description())
          + " needs a Resource or NotResource (use \"Resource\": \"*\" for every resource)");
    }
  }

  private static void trustActions(LintRun run, Statement statement, String path) {
    List<Action> actions = statement.actions();
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      boolean controlled = false;
      for (String trustAction : PolicyKind.TRUST_ACTIONS) {
        controlled |= Glob.matches(action.canonical(), trustAction, false);
      }
      if (!controlled) {
        run.add(FindingCode.TRUST_ACTION, LintRun.item(path, "Action", actions.size(), statement.actionForm(), i),
            action + " has no effect in a role trust policy, which controls only sts:AssumeRole, "
                + "sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity "
                + "and sts:SetContext; grant it in the role's permissions policy instead");
      }
    }
  }

  private static void sid(LintRun run, Statement statement, String path) {
    if (run.kind == PolicyKind.RESOURCE || statement.sid().isEmpty()) {
      return;
    }
    String sid = statement.sid().get();
    for (int i = 0; i < sid.length(); i++) {
      char c = sid.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        run.add(FindingCode.INVALID_SID, path + "/Sid", "the Sid " + quote(sid) + " of "
            + LintRun.withArticle(run.kind.description()) + " may hold only ASCII letters and digits (only some "
            + "resource policies, such as S3 bucket and KMS key policies, accept spaces)");
        return;
      }
    }
  }

  private static void principal(LintRun run, Principal principal, String path, String element) {
    for (Map.Entry<PrincipalType, List<String>> entry : principal.ids().entrySet()) {
      PrincipalType type = entry.getKey();
      List<String> ids = entry.getValue();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        String at = LintRun.principalId(path, element, principal, type, i);
        String named = element + " " + type.jsonName() + " " + quote(id);
        if (type == PrincipalType.AWS && id.equals("*")) {
          continue;
        }
        if (id.equals("*")) {
          run.add(FindingCode.INVALID_PRINCIPAL, at, named + " is not allowed: \"*\" means everyone only as an AWS "
              + "principal, \"Principal\": \"*\" or {\"AWS\": \"*\"}");
        } else if (id.contains("${")) {
          run.add(FindingCode.POLICY_VARIABLE_MISPLACED, at, named
              + " holds a policy variable, which IAM does not replace in a principal; use a condition on "
              + "aws:PrincipalArn instead");
        } else if (Glob.hasWildcard(id)) {
          run.add(FindingCode.PRINCIPAL_PARTIAL_WILDCARD, at, named + " holds a wildcard: a principal is \"*\" "
              + "alone or names exactly one principal. To match many, name the account and add a condition such as "
              + "\"ArnLike\": {\"aws:PrincipalArn\": " + quote(id) + "}");
        } else if (type == PrincipalType.AWS && Principals.isUniqueId(id)) {
          run.add(FindingCode.PRINCIPAL_UNIQUE_ID, at, named + " is the unique ID of an IAM user or role: IAM "
              + "shows one in place of an ARN when the user or role was deleted, and it matches no one, not even "
              + "a new user or role of the same name; name the principal again by its ARN");
        } else {
          String problem = Principals.problem(type, id);
          if (problem != null) {
            run.add(FindingCode.INVALID_PRINCIPAL, at, named + " " + problem);
          }
        }
      }
    }
  }

  private static void resources(
      LintRun run, Statement statement, List<Resource> resources, String path, String element) {
    boolean variablesSupported = run.document.version().supportsPolicyVariables();
    for (int i = 0; i < resources.size(); i++) {
      Resource resource = resources.get(i);
      Optional<Arn> parsed = resource.arn();
      if (parsed.isEmpty()) {
        continue;
      }
      Arn arn = parsed.get();
      String at = LintRun.item(path, element, resources.size(), statement.resourceForm(), i);
      String named = element + " " + quote(resource.text());
      boolean variable = resource.text().contains("${");
      if (variable && !variablesSupported) {
        run.add(FindingCode.POLICY_VARIABLE_NOT_SUPPORTED, at, named + " holds a policy variable, which IAM "
            + "replaces only under \"Version\": \"2012-10-17\"; in this policy it is plain text and matches no "
            + "resource");
      }
      if (!Arns.isPattern(arn.partition()) && !Arns.isKnownPartition(arn.partition())) {
        run.add(FindingCode.INVALID_ARN, at, named + " has the partition " + quote(arn.partition())
            + ", which is not one of " + Arns.PARTITIONS);
      } else if (Glob.hasWildcard(arn.service())) {
        run.add(FindingCode.INVALID_ARN, at, named + " has a wildcard in its service part, which IAM does not "
            + "allow; write one ARN per service");
      } else if (!arn.account().isEmpty() && arn.account().chars().allMatch(Character::isDigit)
          && arn.account().length() != 12) {
        run.add(FindingCode.INVALID_ARN, at, named + " has the account " + quote(arn.account()) + ", which is not "
            + "12 digits (got " + arn.account().length() + "), so it matches nothing");
      } else if (!Arns.isPattern(arn.service()) && !run.catalog.isArnNamespace(arn.service())) {
        run.add(FindingCode.UNKNOWN_ARN_SERVICE, at, named + " has the service " + quote(arn.service())
            + ", which no AWS resource type uses (Service Authorization Reference as of "
            + ActionCatalog.DATA_DATE + ")");
      }
    }
  }

  private static void conditions(LintRun run, Statement statement, String path) {
    boolean variablesSupported = run.document.version().supportsPolicyVariables();
    for (Condition condition : statement.conditions()) {
      ConditionOperator.Category category = condition.operator().base().category();
      for (int i = 0; i < condition.values().size(); i++) {
        if (!condition.values().get(i).contains("${")) {
          continue;
        }
        String at = LintRun.conditionValue(path, condition, i);
        String named = condition.operator() + " " + condition.key() + " " + quote(condition.values().get(i));
        if (!variablesSupported) {
          run.add(FindingCode.POLICY_VARIABLE_NOT_SUPPORTED, at, named + " holds a policy variable, which IAM "
              + "replaces only under \"Version\": \"2012-10-17\"; in this policy it is plain text");
        } else if (category != ConditionOperator.Category.STRING && category != ConditionOperator.Category.ARN) {
          run.add(FindingCode.POLICY_VARIABLE_MISPLACED, at, named + " holds a policy variable, which IAM "
              + "replaces only in the values of String and Arn operators; here it is plain text");
        }
      }
    }
  }
}
