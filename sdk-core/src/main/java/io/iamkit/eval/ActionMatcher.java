package io.iamkit.eval;

import io.iamkit.policy.Action;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The compiled {@code Action} or {@code NotAction} list of a statement (rule 3, "Action / NotAction"): actions
 * lower-cased (service prefix and name are case-insensitive, ACT line 5) and indexed by service prefix, so that a
 * statement listing thousands of actions (ReadOnlyAccess) is checked with one hash lookup and a few wildcard
 * matches. {@code *} and {@code ?} match within the action name.
 */
final class ActionMatcher {
  private static final String[] NONE = new String[0];

  private final boolean all;
  /** Lower-case service prefixes and their lower-case name patterns, for statements naming few services. */
  private final String[] services;
  private final String[][] names;
  /** The same, indexed, for statements naming many services (ReadOnlyAccess); null otherwise. */
  private final @Nullable Map<String, String[]> byService;
  /** Whole lower-case patterns whose service prefix holds a wildcard. */
  private final String[] otherPatterns;

  private ActionMatcher(boolean all, Map<String, String[]> byService, String[] otherPatterns) {
    this.all = all;
    this.services = byService.keySet().toArray(NONE);
    this.names = new String[services.length][];
    for (int i = 0; i < services.length; i++) {
      names[i] = byService.get(services[i]);
    }
    this.byService = services.length > LINEAR ? byService : null;
    this.otherPatterns = otherPatterns;
  }

  /** Up to this many services are scanned rather than hashed. */
  private static final int LINEAR = 4;

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
    String action = request.actionLower;
    int colon = request.actionColon;
    String[] patterns = null;
    if (byService != null) {
      patterns = byService.get(request.actionService());
    } else {
      for (int i = 0; i < services.length; i++) {
        String service = services[i];
        if (service.length() == colon && action.regionMatches(0, service, 0, colon)) {
          patterns = names[i];
          break;
        }
      }
    }
    if (patterns != null) {
      int from = colon + 1;
      int length = action.length() - from;
      for (String pattern : patterns) {
        if ((pattern.length() == length && action.regionMatches(from, pattern, 0, length))
            || Glob.matches(pattern, 0, pattern.length(), null, action, from, action.length())) {
          return true;
        }
      }
    }
    for (String pattern : otherPatterns) {
      if (Glob.matches(pattern, action)) {
        return true;
      }
    }
    return false;
  }
}
