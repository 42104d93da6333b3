package io.iamkit.policy;

import java.util.List;
import java.util.Map;

/**
 * Measures policy documents the way IAM counts them against its quotas: the characters of the JSON text, not
 * counting whitespace.
 *
 * <p>AWS says only that "IAM doesn't count white space when computing the size of a policy". It does not say
 * whether a space inside a string (a condition value, a Sid of a bucket policy) is counted. iamkit takes the safe
 * reading and counts it: the size is the number of Unicode code points of the document written as compact JSON,
 * which has no whitespace outside strings, with the escapes JSON needs ({@code \"}, {@code \\}, control
 * characters). A document that passes here is never over IAM's count of the same text.
 *
 * <p>The size is computed from the model, without writing the text; {@code io.iamkit.policy.json.PolicyWriter}
 * writes exactly that many code points in its compact form.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS
 *     quotas</a>
 */
public final class PolicySize {
  private PolicySize() {}

  /** Returns the size of {@code document} in characters, whitespace outside strings not counted. */
  public static int of(PolicyDocument document) {
    int size = 2;
    int members = 0;
    if (!document.omitVersion()) {
      size += member("Version") + string(document.version().text());
      members++;
    }
    if (document.id().isPresent()) {
      size += member("Id") + string(document.id().get());
      members++;
    }
    List<Statement> statements = document.statements();
    size += member("Statement");
    members++;
    if (document.statementForm().writesArray(statements.size())) {
      size += 2 + statements.size() - 1;
    }
    for (Statement statement : statements) {
      size += statement(statement);
    }
    size += extensions(document.extensions());
    members += document.extensions().size();
    return size + members - 1;
  }

  private static int statement(Statement statement) {
    int size = 2;
    int members = 1;
    size += member("Effect") + string(statement.effect().jsonName());
    if (statement.sid().isPresent()) {
      size += member("Sid") + string(statement.sid().get());
      members++;
    }
    if (statement.principal().isPresent()) {
      size += member("Principal") + principal(statement.principal().get());
      members++;
    }
    if (statement.notPrincipal().isPresent()) {
      size += member("NotPrincipal") + principal(statement.notPrincipal().get());
      members++;
    }
    if (!statement.actions().isEmpty()) {
      size += member("Action") + actions(statement.actions(), statement.actionForm());
      members++;
    }
    if (!statement.notActions().isEmpty()) {
      size += member("NotAction") + actions(statement.notActions(), statement.actionForm());
      members++;
    }
    if (!statement.resources().isEmpty()) {
      size += member("Resource") + resources(statement.resources(), statement.resourceForm());
      members++;
    }
    if (!statement.notResources().isEmpty()) {
      size += member("NotResource") + resources(statement.notResources(), statement.resourceForm());
      members++;
    }
    if (!statement.conditions().isEmpty()) {
      size += member("Condition") + conditions(statement.conditions());
      members++;
    }
    size += extensions(statement.extensions());
    members += statement.extensions().size();
    return size + members - 1;
  }

  private static int actions(List<Action> actions, ValueForm form) {
    int size = form.writesArray(actions.size()) ? 2 + actions.size() - 1 : 0;
    for (Action action : actions) {
      size += string(action.text());
    }
    return size;
  }

  private static int resources(List<Resource> resources, ValueForm form) {
    int size = form.writesArray(resources.size()) ? 2 + resources.size() - 1 : 0;
    for (Resource resource : resources) {
      size += string(resource.text());
    }
    return size;
  }

  private static int principal(Principal principal) {
    if (principal.writtenAsStar()) {
      return 3;
    }
    int size = 2 + principal.ids().size() - 1;
    for (Map.Entry<PrincipalType, List<String>> entry : principal.ids().entrySet()) {
      size += member(entry.getKey().jsonName()) + values(entry.getValue(), principal.form(entry.getKey()));
    }
    return size;
  }

  private static int conditions(List<Condition> conditions) {
    int size = 2;
    ConditionOperator open = null;
    int operators = 0;
    int keys = 0;
    for (Condition condition : conditions) {
      if (!condition.operator().equals(open)) {
        open = condition.operator();
        operators++;
        size += member(open.text()) + 2;
        keys--;
      }
      keys++;
      size += member(condition.key()) + values(condition.values(), condition.form());
    }
    return size + (operators - 1) + keys;
  }

  private static int values(List<String> values, ValueForm form) {
    int size = form.writesArray(values.size()) ? 2 + values.size() - 1 : 0;
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      switch (form.literal(i)) {
        case NUMBER:
          size += value.length();
          break;
        case BOOLEAN:
          size += Boolean.parseBoolean(value) ? 4 : 5;
          break;
        default:
          size += string(value);
          break;
      }
    }
    return size;
  }

  private static int extensions(Map<String, String> extensions) {
    int size = 0;
    for (Map.Entry<String, String> entry : extensions.entrySet()) {
      size += member(entry.getKey()) + entry.getValue().codePointCount(0, entry.getValue().length());
    }
    return size;
  }

  /** {@code "name":} */
  private static int member(String name) {
    return string(name) + 1;
  }

  /** A JSON string with its quotes and escapes, in code points. */
  private static int string(String text) {
    int size = 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        size += 2;
      } else if (c < 0x20) {
        size += (c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r') ? 2 : 6;
      } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
        size++;
      }
    }
    return size;
  }
}
