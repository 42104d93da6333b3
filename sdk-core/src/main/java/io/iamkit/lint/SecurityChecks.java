package io.iamkit.lint;

import static io.iamkit.lint.LintRun.quote;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.Effect;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Statements that grant more than meant: everyone as principal, {@code NotPrincipal}, {@code NotAction} or
 * {@code NotResource} with Allow, {@code iam:PassRole} on every resource, every action; and the confused-deputy
 * guard of trust policies, {@code sts:ExternalId}.
 *
 * <p>SCPs and RCPs grant nothing (they only limit), so the checks of what an Allow grants skip them.
 */
final class SecurityChecks {
  static final String EXTERNAL_ID = "sts:ExternalId";
  private static final String EXTERNAL_ID_RULE = "an external ID is " + ExternalId.MIN_LENGTH + " to "
      + ExternalId.MAX_LENGTH + " characters of letters, digits and _+=,.@:/-";

  private SecurityChecks() {}

  static void run(LintRun run, int index) {
    Statement statement = run.statement(index);
    String path = run.statementPath(index);
    if (statement.effect() != Effect.ALLOW) {
      return;
    }
    boolean grants = run.kind != PolicyKind.SCP && run.kind != PolicyKind.RCP;
    if (grants) {
      grants(run, statement, path);
    }
    externalId(run, statement, path);
  }

  private static void grants(LintRun run, Statement statement, String path) {
    if (statement.principal().isPresent() && statement.principal().get().isAll()
        && statement.conditions().isEmpty()) {
      Principal principal = statement.principal().get();
      String at = LintRun.principalId(path, "Principal", principal, PrincipalType.AWS, principal.aws().indexOf("*"));
      if (run.kind == PolicyKind.TRUST) {
        run.add(FindingCode.PUBLIC_TRUST, at, "every AWS principal of every account may assume this role: "
            + "name the principals that may, or add conditions such as sts:ExternalId or aws:PrincipalOrgID");
      } else if (run.kind == PolicyKind.RESOURCE) {
        run.add(FindingCode.PUBLIC_PRINCIPAL, at, "the statement allows everyone, anonymous callers included, "
            + "with no condition; if the resource is not meant to be public, name the principals or add "
            + "conditions such as aws:PrincipalOrgID or aws:SourceVpce");
      }
    }
    if (statement.notPrincipal().isPresent() && run.kind != PolicyKind.IDENTITY) {
      run.add(FindingCode.NOT_PRINCIPAL_WITH_ALLOW, path + "/NotPrincipal", "NotPrincipal with Allow grants every "
          + "principal not listed, anonymous callers included; name the principals in Principal instead");
    }
    if (!statement.notActions().isEmpty()) {
      run.add(FindingCode.NOT_ACTION_WITH_ALLOW, path + "/NotAction", "NotAction with Allow grants every other "
          + "action of every service, including actions AWS adds later; list the actions to allow in Action");
    }
    if (!statement.notResources().isEmpty()) {
      run.add(FindingCode.NOT_RESOURCE_WITH_ALLOW, path + "/NotResource", "NotResource with Allow grants the "
          + "actions on every other resource, in every account, including resources created later; list the "
          + "resources to allow in Resource");
    }
    List<Action> actions = statement.actions();
    boolean resourceAll = false;
    for (Resource resource : statement.resources()) {
      resourceAll |= resource.isAll();
    }
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      String at = LintRun.item(path, "Action", actions.size(), statement.actionForm(), i);
      if (action.equals(Action.ALL)) {
        run.add(FindingCode.ALL_ACTIONS, at, "\"Action\": \"*\" allows every action of every service"
            + (resourceAll ? " on every resource, which is full administrator access" : "")
            + "; allow the actions needed instead");
      } else if (resourceAll && (run.kind == PolicyKind.IDENTITY || run.kind == PolicyKind.RESOURCE)
          && Glob.matches(action.canonical(), "iam:passrole", false)) {
        run.add(FindingCode.PASS_ROLE_ON_ALL_RESOURCES, at, (action.canonical().equals("iam:passrole")
                ? "iam:PassRole" : action + " allows iam:PassRole, and")
            + " on \"Resource\": \"*\" lets the holder pass any role of the account to a service and act with "
            + "that role's permissions; name the roles it may pass, and narrow with the iam:PassedToService "
            + "condition key");
      }
    }
  }

  /** The external-ID checks: how it is tested, whether a cross-account trust tests it, and against what. */
  private static void externalId(LintRun run, Statement statement, String path) {
    boolean effective = false;
    boolean tested = false;
    List<Condition> accepting = new ArrayList<>();
    for (Condition condition : statement.conditions()) {
      if (!condition.key().equalsIgnoreCase(EXTERNAL_ID)) {
        continue;
      }
      tested = true;
      String at = LintRun.condition(path, condition);
      String bypass = bypass(condition);
      if (bypass != null) {
        run.add(FindingCode.EXTERNAL_ID_BYPASSABLE, at, condition.operator() + " " + condition.key() + " " + bypass
            + ", so a caller that passes no external ID gets through; test it with \"StringEquals\"");
      } else if (acceptsAnyValue(condition)) {
        run.add(FindingCode.EXTERNAL_ID_ANY_VALUE, at, condition.operator() + " " + condition.key()
            + " accepts any external ID, which protects from nothing; test it with \"StringEquals\" and the "
            + "external ID agreed with the third party");
      } else {
        List<String> impossible = impossibleValues(condition);
        if (impossible.size() == condition.values().size()) {
          run.add(FindingCode.EXTERNAL_ID_IMPOSSIBLE, at, condition.operator() + " " + condition.key()
              + " is tested against " + condition.values().stream().map(LintRun::quote).toList() + ", which no "
              + "AssumeRole call can pass (" + EXTERNAL_ID_RULE + "), so the condition is never true");
          continue;
        }
        for (String value : impossible) {
          run.add(FindingCode.EXTERNAL_ID_INVALID_VALUE, at, condition.key() + " is tested against " + quote(value)
              + ", which no AssumeRole call can pass (" + EXTERNAL_ID_RULE + ")");
        }
        effective = true;
        accepting.add(condition);
      }
    }
    if (run.kind != PolicyKind.TRUST || !allowsAssumeRole(statement) || statement.principal().isEmpty()) {
      return;
    }
    if (!tested) {
      withoutExternalId(run, statement.principal().get(), path);
    }
    if (effective && run.context.externalId().isPresent()) {
      String expected = run.context.externalId().get().value();
      for (Condition condition : accepting) {
        if (!accepts(condition, expected)) {
          run.add(FindingCode.EXTERNAL_ID_MISMATCH, LintRun.condition(path, condition), condition.key()
              + " is tested against " + condition.values().stream().map(LintRun::quote).toList()
              + ", but the set-up passes " + quote(expected) + ", so AssumeRole will be denied; use the external "
              + "ID of the set-up");
        }
      }
    }
  }

  private static void withoutExternalId(LintRun run, Principal principal, String path) {
    Optional<AccountId> own = run.context.account();
    List<String> exposed = new ArrayList<>();
    for (String id : principal.aws()) {
      if (id.equals("*")) {
        continue;
      }
      Optional<AccountId> account = Principals.account(id);
      if (own.isPresent() && account.isPresent() && own.get().equals(account.get())) {
        continue;
      }
      exposed.add(id);
    }
    if (exposed.isEmpty()) {
      return;
    }
    String who = exposed.size() == 1 ? exposed.get(0) : String.join(", ", exposed);
    run.add(FindingCode.TRUST_WITHOUT_EXTERNAL_ID, path + "/Principal", "lets " + who + " assume the role "
        + "without an sts:ExternalId condition: a third party that assumes roles for many customers can be made "
        + "to assume this one for someone else (the confused deputy). Add \"Condition\": {\"StringEquals\": "
        + "{\"sts:ExternalId\": \"<the ID agreed with the third party>\"}}"
        + (own.isEmpty()
            ? "; if the principal is in the role's own account, give the role ARN (LintContext) and this "
                + "warning goes away"
            : ""));
  }

  /** Whether the statement allows {@code sts:AssumeRole}. */
  static boolean allowsAssumeRole(Statement statement) {
    return allows(statement, "sts:assumerole");
  }

  /** Whether the statement's {@code Action} or {@code NotAction} covers the action {@code lowerCaseAction}. */
  static boolean allows(Statement statement, String lowerCaseAction) {
    if (!statement.notActions().isEmpty()) {
      for (Action action : statement.notActions()) {
        if (Glob.matches(action.canonical(), lowerCaseAction, false)) {
          return false;
        }
      }
      return true;
    }
    for (Action action : statement.actions()) {
      if (Glob.matches(action.canonical(), lowerCaseAction, false)) {
        return true;
      }
    }
    return false;
  }

  /** Why the condition is true for a caller that passes no external ID, or null when it is not. */
  private static @Nullable String bypass(Condition condition) {
    ConditionOperator operator = condition.operator();
    if (operator.base() == ConditionOperator.Base.NULL) {
      return condition.values().stream().anyMatch(v -> v.equalsIgnoreCase("true"))
          ? "with \"true\" admits exactly the callers that pass no external ID" : null;
    }
    if (operator.qualifier() == ConditionOperator.Qualifier.FOR_ALL_VALUES) {
      return "is true when the key is absent (ForAllValues holds for an empty set)";
    }
    if (operator.base().isNegated()) {
      return "is true when the key is absent (a negated operator matches a missing key)";
    }
    if (operator.ifExists()) {
      return "is true when the key is absent (that is what IfExists means)";
    }
    return null;
  }

  /**
   * The values of a condition on the external ID that match no external ID {@code AssumeRole} accepts. Only the
   * string operators are judged, and values with a policy variable are taken to be possible: what they resolve to
   * is not known here.
   *
   * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole: ExternalId,
   *     "Length Constraints: Minimum length of 2. Maximum length of 1224. Pattern: [\w+=,.@:\/-]*"</a>
   */
  private static List<String> impossibleValues(Condition condition) {
    ConditionOperator.Base base = condition.operator().base();
    boolean like = base == ConditionOperator.Base.STRING_LIKE;
    if (!like && base != ConditionOperator.Base.STRING_EQUALS
        && base != ConditionOperator.Base.STRING_EQUALS_IGNORE_CASE) {
      return List.of();
    }
    List<String> impossible = new ArrayList<>();
    for (String value : condition.values()) {
      if (!value.contains("${") && !canMatchAnExternalId(value, like)) {
        impossible.add(value);
      }
    }
    return impossible;
  }

  /**
   * Whether {@code value} equals, or as a {@code StringLike} pattern matches, some valid external ID. For a pattern,
   * the shortest text it matches, with {@code x} for each {@code ?} and for what a {@code *} must add to reach the
   * minimum length, is such an ID exactly when any is: {@code x} is allowed, and a longer text only adds length.
   */
  static boolean canMatchAnExternalId(String value, boolean like) {
    if (!like) {
      return ExternalId.isValid(value);
    }
    StringBuilder shortest = new StringBuilder(value.length());
    boolean star = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '*') {
        star = true;
      } else {
        shortest.append(c == '?' ? 'x' : c);
      }
    }
    while (star && shortest.length() < ExternalId.MIN_LENGTH) {
      shortest.append('x');
    }
    return ExternalId.isValid(shortest);
  }

  /** Whether a condition that a missing external ID fails still accepts every external ID. */
  private static boolean acceptsAnyValue(Condition condition) {
    if (condition.operator().base() == ConditionOperator.Base.NULL) {
      return true;
    }
    if (condition.operator().base() != ConditionOperator.Base.STRING_LIKE) {
      return false;
    }
    for (String value : condition.values()) {
      if (value.contains("*") && value.chars().allMatch(c -> c == '*' || c == '?')) {
        return true;
      }
    }
    return false;
  }

  /** Whether the (positive) condition on the external ID holds for {@code externalId}. */
  private static boolean accepts(Condition condition, String externalId) {
    ConditionOperator.Base base = condition.operator().base();
    for (String value : condition.values()) {
      boolean matches;
      switch (base) {
        case STRING_EQUALS:
        case ARN_EQUALS:
          matches = value.equals(externalId);
          break;
        case STRING_EQUALS_IGNORE_CASE:
          matches = value.toLowerCase(Locale.ROOT).equals(externalId.toLowerCase(Locale.ROOT));
          break;
        case STRING_LIKE:
        case ARN_LIKE:
          matches = Glob.matches(value, externalId, false);
          break;
        default:
          // Numeric, date, binary, IP operators: not a way to test an external ID; do not second-guess them.
          return true;
      }
      if (matches) {
        return true;
      }
    }
    return false;
  }
}
