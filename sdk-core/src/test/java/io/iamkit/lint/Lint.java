package io.iamkit.lint;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import java.util.List;
import java.util.stream.Collectors;

/** Test helper: lints JSON text and returns the findings as {@code SEVERITY CODE at /path: message} lines. */
final class Lint {
  private static final Linter LINTER = Linter.create();

  private Lint() {}

  static PolicyDocument read(String json) {
    return PolicyReader.strict().read(json);
  }

  static List<String> lint(String json, PolicyKind kind) {
    return lint(json, kind, LintContext.NONE);
  }

  static List<String> lint(String json, PolicyKind kind, LintContext context) {
    return strings(LINTER.lint(read(json), kind, context));
  }

  static List<String> lint(PolicyDocument document, PolicyKind kind, LintContext context) {
    return strings(LINTER.lint(document, kind, context));
  }

  /** The findings without their messages: {@code SEVERITY CODE at /path}. */
  static List<String> codes(String json, PolicyKind kind) {
    return codes(json, kind, LintContext.NONE);
  }

  static List<String> codes(String json, PolicyKind kind, LintContext context) {
    return LINTER.lint(read(json), kind, context).stream()
        .map(f -> f.severity() + " " + f.code() + " at " + (f.path().isEmpty() ? "/" : f.path()))
        .collect(Collectors.toList());
  }

  private static List<String> strings(List<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.toList());
  }
}
