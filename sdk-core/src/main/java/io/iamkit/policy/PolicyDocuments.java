package io.iamkit.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Comparisons of whole policy documents that are looser than {@link PolicyDocument#equals}: the ones to use when
 * deciding whether a document stored in AWS must be rewritten.
 *
 * <pre>{@code
 * PolicyDocument stored = PolicyReader.strict().read(getRoleResponse.role().assumeRolePolicyDocument());
 * if (!PolicyDocuments.semanticallyEqual(stored, wanted)) {
 *   // update the trust policy
 * }
 * }</pre>
 */
public final class PolicyDocuments {
  private static final Pattern ROOT_ARN = Pattern.compile("arn:[a-z-]+:iam::(\\d{12}):root");

  private PolicyDocuments() {}

  /**
   * Whether two documents mean the same thing the way IAM stores them. Besides what {@link PolicyDocument#equals}
   * already ignores (scalar or array form, key order, {@code "*"} or {@code {"AWS": "*"}}), this also ignores:
   *
   * <ul>
   *   <li>the order of the statements;
   *   <li>the order of the actions, resources and principals of a statement, and repeated values;
   *   <li>the order of the conditions and of the values of one condition, and the case of condition keys, which
   *       IAM compares without regard to case;
   *   <li>whether an AWS account principal is written as the 12-digit ID or as its root ARN
   *       ({@code arn:aws:iam::111122223333:root}): IAM and S3 store an account ID as the root ARN.
   * </ul>
   *
   * <p>The version, the Id, the Sids, the effects and the values themselves count.
   */
  public static boolean semanticallyEqual(PolicyDocument a, PolicyDocument b) {
    Objects.requireNonNull(a, "a == null");
    Objects.requireNonNull(b, "b == null");
    if (a.version() != b.version() || !a.id().equals(b.id())
        || a.statements().size() != b.statements().size()) {
      return false;
    }
    return counts(a).equals(counts(b));
  }

  private static Map<StatementKey, Integer> counts(PolicyDocument document) {
    Map<StatementKey, Integer> counts = new HashMap<>();
    for (Statement statement : document.statements()) {
      counts.merge(StatementKey.of(statement), 1, Integer::sum);
    }
    return counts;
  }

  /** A statement with every list turned into a set of canonical values. */
  private static final class StatementKey {
    private final List<Object> parts;

    private StatementKey(List<Object> parts) {
      this.parts = parts;
    }

    static StatementKey of(Statement statement) {
      List<Object> parts = new ArrayList<>(9);
      parts.add(statement.sid());
      parts.add(statement.effect());
      parts.add(principal(statement.principal().orElse(null)));
      parts.add(principal(statement.notPrincipal().orElse(null)));
      parts.add(actions(statement.actions()));
      parts.add(actions(statement.notActions()));
      parts.add(resources(statement.resources()));
      parts.add(resources(statement.notResources()));
      Set<List<Object>> conditions = new HashSet<>();
      for (Condition condition : statement.conditions()) {
        conditions.add(List.of(condition.operator(), condition.key().toLowerCase(Locale.ROOT),
            new HashSet<>(condition.values())));
      }
      parts.add(conditions);
      return new StatementKey(parts);
    }

    private static Object principal(@Nullable Principal principal) {
      if (principal == null) {
        return List.of();
      }
      Map<PrincipalType, Set<String>> ids = new HashMap<>();
      principal.ids().forEach((type, values) -> {
        Set<String> set = new HashSet<>();
        for (String value : values) {
          set.add(type == PrincipalType.AWS ? accountOrArn(value) : value);
        }
        ids.put(type, set);
      });
      return ids;
    }

    private static String accountOrArn(String id) {
      Matcher root = ROOT_ARN.matcher(id);
      return root.matches() ? root.group(1) : id;
    }

    private static Set<String> actions(List<Action> actions) {
      Set<String> set = new HashSet<>();
      for (Action action : actions) {
        set.add(action.canonical());
      }
      return set;
    }

    private static Set<String> resources(List<Resource> resources) {
      Set<String> set = new HashSet<>();
      for (Resource resource : resources) {
        set.add(resource.text());
      }
      return set;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof StatementKey && ((StatementKey) other).parts.equals(parts);
    }

    @Override
    public int hashCode() {
      return parts.hashCode();
    }
  }
}
