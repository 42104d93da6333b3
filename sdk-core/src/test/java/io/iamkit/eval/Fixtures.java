package io.iamkit.eval;

import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;

/**
 * Short ways to write policies and callers in tests. JSON may use single quotes, which become double quotes; a
 * backtick becomes a single quote (for policy-variable defaults).
 */
final class Fixtures {
  static final String A = "111111111111";
  static final String B = "222222222222";
  static final String DATABRICKS = "414351767826";
  static final String ROLE_A = "arn:aws:iam::" + A + ":role/MyRoleA";
  static final String ROLE_B = "arn:aws:iam::" + B + ":role/MyRoleB";
  static final String USER_A = "arn:aws:iam::" + A + ":user/alice";

  private Fixtures() {}

  /** A whole document. */
  static PolicyDocument doc(String json) {
    return PolicyReader.strict().read(json.replace('\'', '"').replace('`', '\''));
  }

  /** A 2012-10-17 document of these statements. */
  static PolicyDocument statements(String... statements) {
    return doc("{'Version':'2012-10-17','Statement':[" + String.join(",", statements) + "]}");
  }

  static CompiledPolicy policy(String name, String... statements) {
    return CompiledPolicy.of(name, statements(statements));
  }

  static Arn arn(String text) {
    return Arn.parse(text);
  }

  static Caller session(String roleArn, String sessionName) {
    return Caller.roleSession(arn(roleArn), sessionName);
  }

  static Caller roleA() {
    return session(ROLE_A, "sess");
  }

  static Caller userA() {
    return Caller.user(arn(USER_A));
  }

  static Request request(Caller caller, String action, String resource) {
    return Request.of(caller, action, resource);
  }

  static Evaluation evaluate(Request request, Policies.Builder policies) {
    Policies built = policies.build();
    Evaluation evaluation = Evaluator.evaluate(request, built);
    // Every test also checks that the explanation agrees with the decision and can be built.
    evaluation.explain();
    return evaluation;
  }

  static Policies.Builder policies() {
    return Policies.builder();
  }

  /** {"Effect":"Allow","Action":action,"Resource":resource}. */
  static String allow(String action, String resource) {
    return "{'Effect':'Allow','Action':'" + action + "','Resource':'" + resource + "'}";
  }

  static String deny(String action, String resource) {
    return "{'Effect':'Deny','Action':'" + action + "','Resource':'" + resource + "'}";
  }

  /** A resource-policy statement: {"Effect":"Allow","Principal":{"AWS":principal},"Action":action,"Resource":resource}. */
  static String allowFor(String principal, String action, String resource) {
    return "{'Effect':'Allow','Principal':{'AWS':'" + principal + "'},'Action':'" + action + "','Resource':'"
        + resource + "'}";
  }

  /** A trust statement: {"Effect":"Allow","Principal":{"AWS":principal},"Action":"sts:AssumeRole"}. */
  static String trust(String principal) {
    return "{'Effect':'Allow','Principal':{'AWS':'" + principal + "'},'Action':'sts:AssumeRole'}";
  }
}
