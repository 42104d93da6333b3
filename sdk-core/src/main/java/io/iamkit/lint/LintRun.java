package io.iamkit.lint;

import io.iamkit.policy.Condition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.ArrayList;
import java.util.List;

/** One linting of one document: what is linted, against what, and the findings so far, in document order. */
final class LintRun {
  final PolicyDocument document;
  final PolicyKind kind;
  final LintContext context;
  final ActionCatalog catalog;
  private final List<Finding> findings = new ArrayList<>();

  LintRun(PolicyDocument document, PolicyKind kind, LintContext context, ActionCatalog catalog) {
    this.document = document;
    this.kind = kind;
    this.context = context;
    this.catalog = catalog;
  }

  void add(FindingCode code, String path, String message) {
    findings.add(Finding.of(code, path, message));
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  Statement statement(int index) {
    return document.statements().get(index);
  }

  /** {@code /Statement/2}, or {@code /Statement} when the only statement is written as a bare object. */
  String statementPath(int index) {
    return document.statementForm().writesArray(document.statements().size()) ? "/Statement/" + index : "/Statement";
  }

  /** The statement's pointer and its Sid, for messages that refer to another statement. */
  String statementName(int index) {
    return statementPath(index) + statement(index).sid().map(sid -> " (Sid " + sid + ")").orElse("");
  }

  /** The pointer of entry {@code index} of a list element such as {@code Action}, which may be a bare scalar. */
  static String item(String statementPath, String element, int size, ValueForm form, int index) {
    return statementPath + '/' + element + (form.writesArray(size) ? "/" + index : "");
  }

  /** The pointer of one ID of a principal: {@code .../Principal/AWS/1}, or {@code .../Principal} for {@code "*"}. */
  static String principalId(String statementPath, String element, Principal principal, PrincipalType type, int index) {
    if (principal.writtenAsStar()) {
      return statementPath + '/' + element;
    }
    List<String> ids = principal.ids(type);
    return statementPath + '/' + element + '/' + type.jsonName()
        + (principal.form(type).writesArray(ids.size()) ? "/" + index : "");
  }

  /** The pointer of a condition: {@code .../Condition/StringEquals/sts:ExternalId}. */
  static String condition(String statementPath, Condition condition) {
    return statementPath + "/Condition/" + escape(condition.operator().text()) + '/' + escape(condition.key());
  }

  /** The pointer of one value of a condition. */
  static String conditionValue(String statementPath, Condition condition, int index) {
    return condition(statementPath, condition)
        + (condition.form().writesArray(condition.values().size()) ? "/" + index : "");
  }

  /** Escapes a JSON pointer reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String token) {
    return token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token : token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code a role trust policy}, {@code an identity policy}. */
  static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /** Quotes a value for a message: {@code "value"}. */
  static String quote(String value) {
    return '"' + value + '"';
  }
}
