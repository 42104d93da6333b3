package io.iamkit.lint;

import static io.iamkit.lint.LintRun.quote;

import io.iamkit.policy.Action;
import io.iamkit.policy.Effect;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a policy says twice: resources listed twice or covered by a pattern of the same statement, statements
 * that another statement entirely covers, and Allow statements that a Deny always overrides.
 */
final class RedundancyChecks {
  private RedundancyChecks() {}

  /** Duplicate and covered entries of {@code Resource} and {@code NotResource}. */
  static void resources(LintRun run, int index) {
    Statement statement = run.statement(index);
    String path = run.statementPath(index);
    resources(run, statement, statement.resources(), path, "Resource");
    resources(run, statement, statement.notResources(), path, "NotResource");
  }

  private static void resources(
      LintRun run, Statement statement, List<Resource> resources, String path, String element) {
    Map<Resource, Integer> seen = new HashMap<>();
    List<Resource> patterns = new ArrayList<>();
    for (Resource resource : resources) {
      if (Glob.hasWildcard(resource.text())) {
        patterns.add(resource);
      }
    }
    for (int i = 0; i < resources.size(); i++) {
      Resource resource = resources.get(i);
      String at = LintRun.item(path, element, resources.size(), statement.resourceForm(), i);
      Integer first = seen.putIfAbsent(resource, i);
      if (first != null) {
        run.add(FindingCode.DUPLICATE_RESOURCE, at, quote(resource.text()) + " is listed twice in " + element
            + " (first at " + LintRun.item(path, element, resources.size(), statement.resourceForm(), first) + ")");
        continue;
      }
      for (Resource pattern : patterns) {
        if (!pattern.equals(resource) && Arns.covers(pattern, resource) && !Arns.covers(resource, pattern)) {
          run.add(FindingCode.REDUNDANT_RESOURCE, at, quote(resource.text()) + " is already covered by "
              + quote(pattern.text()) + " in the same " + element + "; remove it");
          break;
        }
      }
    }
  }

  /** Statements covered by another statement of the same effect, and Allow statements a Deny overrides. */
  static void statements(LintRun run) {
    List<Statement> statements = run.document.statements();
    if (statements.size() < 2) {
      return;
    }
    List<@Nullable Shape> shapes = new ArrayList<>(statements.size());
    for (Statement statement : statements) {
      shapes.add(Shape.of(statement));
    }
    for (int j = 0; j < statements.size(); j++) {
      @Nullable Shape inner = shapes.get(j);
      if (inner == null) {
        continue;
      }
      int deniedBy = -1;
      int shadowedBy = -1;
      for (int k = 0; k < statements.size(); k++) {
        @Nullable Shape outer = shapes.get(k);
        if (k == j || outer == null || !outer.covers(inner)) {
          continue;
        }
        if (outer.effect == inner.effect) {
          if (shadowedBy < 0 && (k < j || !inner.covers(outer))) {
            shadowedBy = k;
          }
        } else if (outer.effect == Effect.DENY && deniedBy < 0) {
          deniedBy = k;
        }
      }
      String path = run.statementPath(j);
      if (deniedBy >= 0) {
        run.add(FindingCode.ALLOW_ALWAYS_DENIED, path, "the Deny of " + run.statementName(deniedBy)
            + " applies to every request this statement allows, under the same or fewer conditions, so this "
            + "statement grants nothing; remove it or narrow the Deny");
      } else if (shadowedBy >= 0) {
        run.add(FindingCode.SHADOWED_STATEMENT, path, "everything this statement "
            + (inner.effect == Effect.ALLOW ? "allows" : "denies") + " is already "
            + (inner.effect == Effect.ALLOW ? "allowed" : "denied") + " by " + run.statementName(shadowedBy)
            + " under the same or fewer conditions; remove it or merge the two");
      }
    }
  }

  /** What one statement covers, prepared for cover tests; only Action/Resource/Principal statements. */
  private static final class Shape {
    final Statement statement;
    final Effect effect;
    final boolean allActions;
    final Set<String> literalActions = new HashSet<>();
    final Map<String, List<String>> patternsByService = new HashMap<>();
    final List<String> patternsAcrossServices = new ArrayList<>();

    private Shape(Statement statement) {
      this.statement = statement;
      this.effect = statement.effect();
      boolean all = false;
      for (Action action : statement.actions()) {
        all |= action.equals(Action.ALL);
        if (!action.hasWildcard()) {
          literalActions.add(action.canonical());
        } else if (Glob.hasWildcard(action.service())) {
          patternsAcrossServices.add(action.canonical());
        } else {
          patternsByService.computeIfAbsent(action.service().toLowerCase(Locale.ROOT), s -> new ArrayList<>())
              .add(action.canonical());
        }
      }
      this.allActions = all;
    }

    /** The shape of {@code statement}, or null for one with NotAction, NotResource or NotPrincipal. */
    static @Nullable Shape of(Statement statement) {
      if (!statement.notActions().isEmpty() || !statement.notResources().isEmpty()
          || statement.notPrincipal().isPresent()) {
        return null;
      }
      return new Shape(statement);
    }

    boolean covers(Shape inner) {
      return Principals.covers(statement.principal().orElse(null), inner.statement.principal().orElse(null))
          && inner.statement.conditions().containsAll(statement.conditions())
          && coversActions(inner)
          && coversResources(inner);
    }

    private boolean coversActions(Shape inner) {
      if (allActions) {
        return true;
      }
      for (Action action : inner.statement.actions()) {
        if (!coversAction(action)) {
          return false;
        }
      }
      return true;
    }

    private boolean coversAction(Action action) {
      String lower = action.canonical();
      if (literalActions.contains(lower)) {
        return true;
      }
      List<String> sameService = patternsByService.getOrDefault(action.service().toLowerCase(Locale.ROOT), List.of());
      for (List<String> patterns : List.of(sameService, patternsAcrossServices)) {
        for (String pattern : patterns) {
          if (Glob.covers(pattern, lower, false)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean coversResources(Shape inner) {
      List<Resource> outerResources = statement.resources();
      List<Resource> innerResources = inner.statement.resources();
      if (outerResources.isEmpty() || innerResources.isEmpty()) {
        return outerResources.isEmpty() && innerResources.isEmpty();
      }
      for (Resource resource : innerResources) {
        boolean covered = false;
        for (Resource pattern : outerResources) {
          if (Arns.covers(pattern, resource)) {
            covered = true;
            break;
          }
        }
        if (!covered) {
          return false;
        }
      }
      return true;
    }
  }
}
