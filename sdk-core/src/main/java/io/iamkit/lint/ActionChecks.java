package io.iamkit.lint;

import static io.iamkit.lint.LintRun.quote;

import io.iamkit.policy.Action;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks of {@code Action} and {@code NotAction} against the actions AWS documents ({@link ActionCatalog}):
 * unknown services and actions, wildcard-only actions given ARNs, and actions listed twice or covered by a
 * pattern of the same statement.
 */
final class ActionChecks {
  private ActionChecks() {}

  static void run(LintRun run, int index) {
    Statement statement = run.statement(index);
    String path = run.statementPath(index);
    check(run, statement, statement.actions(), path, "Action");
    check(run, statement, statement.notActions(), path, "NotAction");
  }

  private static void check(LintRun run, Statement statement, List<Action> actions, String path, String element) {
    boolean resourceAll = false;
    for (Resource resource : statement.resources()) {
      resourceAll |= resource.isAll();
    }
    boolean onlyArns = element.equals("Action") && run.kind != PolicyKind.TRUST && !statement.resources().isEmpty()
        && !resourceAll;
    Map<String, Integer> seen = new HashMap<>();
    Map<String, List<Action>> patternsByService = new HashMap<>();
    List<Action> patternsAcrossServices = new ArrayList<>();
    for (Action action : actions) {
      if (action.hasWildcard()) {
        if (Glob.hasWildcard(action.service())) {
          patternsAcrossServices.add(action);
        } else {
          patternsByService.computeIfAbsent(action.service().toLowerCase(Locale.ROOT), s -> new ArrayList<>())
              .add(action);
        }
      }
    }
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      String at = LintRun.item(path, element, actions.size(), statement.actionForm(), i);
      Integer first = seen.putIfAbsent(action.canonical(), i);
      if (first != null) {
        Action earlier = actions.get(first);
        String firstAt = LintRun.item(path, element, actions.size(), statement.actionForm(), first);
        run.add(FindingCode.DUPLICATE_ACTION, at, action + " is listed twice in " + element + " (first at " + firstAt
            + (earlier.text().equals(action.text())
                ? ")"
                : " as " + quote(earlier.text()) + "; IAM compares actions without regard to case)"));
      } else {
        Action cover = coveringPattern(action, patternsByService, patternsAcrossServices);
        if (cover != null) {
          run.add(FindingCode.REDUNDANT_ACTION, at, action + " is already covered by " + cover + " in the same "
              + element + "; remove it");
        }
      }
      if (action.equals(Action.ALL)) {
        continue;
      }
      List<ActionCatalog.Service> services = run.catalog.servicesMatching(action.service());
      if (services.isEmpty()) {
        run.add(FindingCode.UNKNOWN_SERVICE, at, action + ": " + quote(action.service())
            + " is not a service prefix AWS documents" + asOf() + suggestService(run, action.service()));
        continue;
      }
      List<ActionCatalog.Entry> matched = run.catalog.matching(action);
      if (matched.isEmpty()) {
        String where = services.size() == 1 ? services.get(0).prefix : "any service " + action.service() + " matches";
        String what = action.hasWildcard()
            ? action + " matches no action of " + where
            : action + " is not an action of " + where;
        run.add(FindingCode.UNKNOWN_ACTION, at, what + asOf() + suggestAction(action, services));
        continue;
      }
      if (onlyArns && allWildcardOnly(matched)) {
        String what = action.hasWildcard()
            ? "every action " + action + " matches (" + names(matched) + ") has"
            : action + " has";
        run.add(FindingCode.ACTION_NEEDS_ALL_RESOURCES, at, what + " no resource type in the AWS Service "
            + "Authorization Reference, so only \"Resource\": \"*\" "
            + (statement.effect() == Effect.ALLOW ? "grants" : "denies") + " it, and this "
            + "statement names only ARNs; move it to a statement with \"Resource\": \"*\"");
      }
    }
  }

  private static @Nullable Action coveringPattern(
      Action action, Map<String, List<Action>> patternsByService, List<Action> patternsAcrossServices) {
    List<Action> sameService = patternsByService.getOrDefault(action.service().toLowerCase(Locale.ROOT), List.of());
    for (List<Action> patterns : List.of(sameService, patternsAcrossServices)) {
      for (Action pattern : patterns) {
        if (!pattern.equals(action) && Glob.covers(pattern.canonical(), action.canonical(), false)
            && !(Glob.covers(action.canonical(), pattern.canonical(), false))) {
          return pattern;
        }
      }
    }
    return null;
  }

  private static boolean allWildcardOnly(List<ActionCatalog.Entry> matched) {
    for (ActionCatalog.Entry entry : matched) {
      if (!entry.wildcardOnly) {
        return false;
      }
    }
    return true;
  }

  private static String names(List<ActionCatalog.Entry> matched) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < matched.size() && i < 3; i++) {
      names.add(matched.get(i).text());
    }
    return String.join(", ", names) + (matched.size() > 3 ? ", ..." : "");
  }

  private static String asOf() {
    return " (AWS Service Authorization Reference as of " + ActionCatalog.DATA_DATE + ")";
  }

  private static String suggestService(LintRun run, String prefix) {
    if (Glob.hasWildcard(prefix)) {
      return "";
    }
    String lower = prefix.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (ActionCatalog.Service service : run.catalog.services()) {
      int distance = distance(lower, service.prefix, bestDistance);
      if (distance < bestDistance) {
        best = service.prefix;
        bestDistance = distance;
      }
    }
    return best == null ? "" : "; did you mean " + best + "?";
  }

  private static String suggestAction(Action action, List<ActionCatalog.Service> services) {
    if (action.hasWildcard() || services.size() != 1) {
      return "";
    }
    String lower = action.name().toLowerCase(Locale.ROOT);
    ActionCatalog.Entry best = null;
    int bestDistance = 3;
    for (ActionCatalog.Entry entry : services.get(0).actions) {
      int distance = distance(lower, entry.name.toLowerCase(Locale.ROOT), bestDistance);
      if (distance < bestDistance) {
        best = entry;
        bestDistance = distance;
      }
    }
    return best == null ? "" : "; did you mean " + best.text() + "?";
  }

  /** The edit distance of {@code a} and {@code b}, or {@code limit} when it is {@code limit} or more. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit);
  }
}
