package io.iamkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.SetupBucketPolicy;
import io.iamkit.databricks.SetupRole;
import io.iamkit.export.IamResources;
import io.iamkit.lint.Finding;
import io.iamkit.lint.LintContext;
import io.iamkit.lint.Linter;
import io.iamkit.lint.PolicyKind;
import io.iamkit.lint.Severity;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.setupfile.SetupFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 4 of {@code iamkit plan}: lints every document as the kind it is (trust policy, role inline policy, bucket
 * policy), knowing the role it belongs to. Fails when any finding is an {@link Severity#ERROR}; warnings are
 * reported and pass.
 */
final class LintPlanCheck implements PlanCheck {
  private final Linter linter = Linter.create();

  @Override
  public String name() {
    return "lint";
  }

  @Override
  public Result run(SetupFile file, IamResources resources) {
    List<String> lines = new ArrayList<>();
    ArrayNode details = JsonNodeFactory.instance.arrayNode();
    int errors = 0;
    int warnings = 0;
    for (SetupRole role : resources.roles()) {
      LintContext context = LintContext.builder().roleArn(role.arn()).account(role.account()).build();
      if (role.trustPolicy().isPresent()) {
        String name = "role " + role.name() + " trust policy";
        for (Finding finding : linter.lint(role.trustPolicy().get(), PolicyKind.TRUST, context)) {
          errors += report(name, finding, lines, details);
          warnings += finding.severity() == Severity.WARNING ? 1 : 0;
        }
      }
      for (NamedPolicy policy : role.inlinePolicies()) {
        String name = "role " + role.name() + " policy " + policy.name();
        for (Finding finding : linter.lint(policy.document(), PolicyKind.IDENTITY, context)) {
          errors += report(name, finding, lines, details);
          warnings += finding.severity() == Severity.WARNING ? 1 : 0;
        }
      }
    }
    for (SetupBucketPolicy bucket : resources.bucketPolicies()) {
      String name = "bucket " + bucket.bucket() + " policy";
      PolicyDocument policy = bucket.policy();
      for (Finding finding : linter.lint(policy, PolicyKind.RESOURCE,
          LintContext.builder().account(bucket.account()).build())) {
        errors += report(name, finding, lines, details);
        warnings += finding.severity() == Severity.WARNING ? 1 : 0;
      }
    }
    lines.add(0, errors + " errors, " + warnings + " warnings (actions from " + Linter.actionDataVersion() + ")");
    return Result.of(errors == 0, lines, details);
  }

  /** Adds a finding to the report; returns 1 for an error, else 0. */
  private static int report(String document, Finding finding, List<String> lines, ArrayNode details) {
    String colour = finding.severity() == Severity.ERROR ? "red" : finding.severity() == Severity.WARNING
        ? "yellow" : "faint";
    lines.add("  @|" + colour + " " + finding.severity() + "|@ " + document + ": " + finding.code() + " at "
        + finding.path() + ": " + finding.message());
    ObjectNode detail = details.addObject();
    detail.put("document", document);
    detail.put("severity", finding.severity().toString());
    detail.put("code", finding.code().toString());
    detail.put("path", finding.path());
    detail.put("message", finding.message());
    return finding.severity() == Severity.ERROR ? 1 : 0;
  }
}
