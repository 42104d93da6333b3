package io.iamkit.eval;

import io.iamkit.policy.Action;

/** Turns the match of one statement into a {@link StatementResult} with its reason in words. */
final class Explainer {
  private Explainer() {}

  static void record(Trace trace, CompiledPolicy policy, CompiledStatement statement, int slot, Request request,
      boolean boundaryDeny, int match, PolicyKind kind, int level, ResourcePolicyKind resourceKind) {
    int tri = match & 3;
    StatementResult.Outcome outcome = tri == Tri.YES ? StatementResult.Outcome.MATCHED
        : tri == Tri.NO ? StatementResult.Outcome.NOT_MATCHED : StatementResult.Outcome.NOT_UNDERSTOOD;
    String reason = reason(statement, slot, request, boundaryDeny, match);
    String kindText = kind != PolicyKind.RESOURCE ? kind.description()
        : resourceKind == ResourcePolicyKind.ROLE_TRUST ? "role trust policy"
        : resourceKind == ResourcePolicyKind.KMS_KEY ? "KMS key policy" : kind.description();
    trace.statements.add(new StatementResult(kind, kindText, level, policy.name(), statement.index,
        statement.source.sid().orElse(null), statement.source.effect(), outcome, reason));
    if (statement.actionMatch(request) == Tri.YES && statement.resourceMatch(request) != Tri.NO) {
      for (CompiledCondition condition : statement.conditions) {
        if (condition.keyMissing(request)) {
          trace.missingKeys.putIfAbsent(condition.lowerKey, condition.source.key());
        }
      }
    }
  }

  private static String reason(CompiledStatement statement, int slot, Request request, boolean boundaryDeny,
      int match) {
    Action action = request.action();
    if (statement.actionMatch(request) == Tri.NO) {
      return statement.source.actions().isEmpty()
          ? "action " + action + " is listed in NotAction"
          : "action " + action + " is not in Action";
    }
    StringBuilder text = new StringBuilder();
    String problem = statement.problem(slot);
    if (problem != null) {
      text.append(problem);
    }
    int resource = statement.resourceMatch(request);
    if (resource == Tri.NO) {
      return (statement.notResource ? "resource " + request.resource() + " is listed in NotResource"
          : "resource " + request.resource() + " matches no Resource entry" + unresolved(statement, request));
    }
    if (resource == Tri.UNKNOWN) {
      separate(text).append(resourceProblem(statement, request));
    }
    if (slot != CompiledStatement.SLOT_IDENTITY && statement.principal != null) {
      int principal = statement.principalMatch(request.caller(), boundaryDeny) & 3;
      if (principal == Tri.NO) {
        return statement.notPrincipal ? "the caller " + request.caller() + " is listed in NotPrincipal "
            + statement.principal.source : statement.principal.describeMismatch();
      }
      if (principal == Tri.UNKNOWN) {
        separate(text).append(statement.principal.describeMismatch());
      } else if (statement.notPrincipal && statement.deny && boundaryDeny) {
        separate(text).append("a Deny with NotPrincipal always applies to a caller with a permissions boundary "
            + "(rule 1.10)");
      }
    }
    for (CompiledCondition condition : statement.conditions) {
      int holds = condition.evaluate(request);
      if (holds == Tri.NO) {
        return condition.explain(request, holds);
      }
      if (holds == Tri.UNKNOWN) {
        separate(text).append(condition.explain(request, holds));
      }
    }
    if ((match & 3) == Tri.YES) {
      String by = principalKinds(match);
      if (!by.isEmpty()) {
        separate(text).append("principal matched as ").append(by);
      }
    }
    return text.toString();
  }

  private static StringBuilder separate(StringBuilder text) {
    return text.length() == 0 ? text : text.append("; ");
  }

  private static String resourceProblem(CompiledStatement statement, Request request) {
    for (ResourcePattern pattern : statement.resources) {
      if (pattern.problem != null) {
        return "resource pattern " + pattern.text + ": " + pattern.problem;
      }
      if (pattern.match(request) == ResourcePattern.UNRESOLVED) {
        return "NotResource " + pattern.text + " holds an unresolved policy variable";
      }
    }
    return "resource not understood";
  }

  private static String unresolved(CompiledStatement statement, Request request) {
    for (ResourcePattern pattern : statement.resources) {
      if (pattern.match(request) == ResourcePattern.UNRESOLVED) {
        return " (" + pattern.text + " holds a policy variable the request leaves unresolved, which matches "
            + "nothing, VARS line 251)";
      }
    }
    return "";
  }

  private static String principalKinds(int match) {
    StringBuilder text = new StringBuilder();
    String[] names = {"\"*\"", "the account", "the user ARN", "the role ARN", "the session ARN",
        "the user who federated", "NotPrincipal", "the service"};
    for (int i = 0; i < names.length; i++) {
      if ((match & (PrincipalMatcher.K_STAR << i)) != 0) {
        separateWith(text, ", ").append(names[i]);
      }
    }
    return text.toString();
  }

  private static StringBuilder separateWith(StringBuilder text, String separator) {
    return text.length() == 0 ? text : text.append(separator);
  }
}
