package io.iamkit.eval;

import io.iamkit.policy.Action;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled {@code Action} or {@code NotAction} list of a statement (rule 3, "Action / NotAction"): actions
 * lower-cased (service prefix and name are case-insensitive, ACT line 5) and indexed by service prefix, so that a
 * statement listing thousands of actions (ReadOnlyAccess) is checked with one hash lookup and a few wildcard
 * matches. {@code *} and {@code ?} match within the action name.
 */
final class ActionMatcher {
  private static final String[] NONE = new String[0];

  private final boolean all;
  private final Map<String, String[]> byService;
  /** Whole lower-case patterns whose service prefix holds a wildcard. */
  private final String[] otherPatterns;

  private ActionMatcher(boolean all, Map<String, String[]> byService, String[] otherPatterns) {
    this.all = all;
    this.byService = byService;
    this.otherPatterns = otherPatterns;
  }

  static ActionMatcher compile(List<Action> actions) {
    boolean all = false;
    Map<String, List<String>> names = new HashMap<>();
    List<String> other = new ArrayList<>();
    for (Action action : actions) {
      if (action.equals(Action.ALL)) {
        all = true;
        continue;
      }
      String lower = action.canonical();
      int colon = lower.indexOf(':');
      String service = lower.substring(0, colon);
      if (Glob.hasWildcard(service)) {
        other.add(lower);
      } else {
        names.computeIfAbsent(service, s -> new ArrayList<>()).add(lower.substring(colon + 1));
      }
    }
    Map<String, String[]> byService = new HashMap<>();
    for (Map.Entry<String, List<String>> entry : names.entrySet()) {
      byService.put(entry.getKey(), entry.getValue().toArray(NONE));
    }
    return new ActionMatcher(all, byService, other.toArray(NONE));
  }

  boolean matches(Request request) {
    if (all) {
      return true;
    }
    String[] names = byService.get(request.actionService);
    if (names != null) {
      String name = request.actionName;
      for (String pattern : names) {
        if (pattern.equals(name) || Glob.matches(pattern, name)) {
          return true;
        }
      }
    }
    for (String pattern : otherPatterns) {
      if (Glob.matches(pattern, request.actionLower)) {
        return true;
      }
    }
    return false;
  }
}
