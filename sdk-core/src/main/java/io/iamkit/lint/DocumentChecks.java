package io.iamkit.lint;

import io.iamkit.policy.Condition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicySize;
import io.iamkit.policy.PolicyVersion;
import io.iamkit.policy.Resource;
import io.iamkit.policy.SizeLimit;
import io.iamkit.policy.Statement;

/** Checks of the document as a whole: Version, Id and size. */
final class DocumentChecks {
  /** The SCP and RCP quota of AWS Organizations. */
  static final int ORGANIZATION_POLICY_LIMIT = 5120;

  private DocumentChecks() {}

  static void run(LintRun run) {
    version(run);
    if (run.kind == PolicyKind.IDENTITY && run.document.id().isPresent()) {
      run.add(FindingCode.IDENTITY_ID, "/Id", "an identity policy must not have an Id (IAM JSON policy grammar); "
          + "Id is for resource-based policies such as SQS and SNS policies, remove it");
    }
    size(run);
  }

  private static void version(LintRun run) {
    PolicyDocument document = run.document;
    if (document.omitVersion()) {
      run.add(FindingCode.VERSION_MISSING, "/Version", "the policy has no Version, so IAM reads it as 2008-10-17, "
          + "in which policy variables such as ${aws:username} are plain text; add \"Version\": \"2012-10-17\"");
    } else if (document.version() == PolicyVersion.V2008_10_17 && !hasPolicyVariables(document)) {
      run.add(FindingCode.VERSION_OLD, "/Version",
          "2008-10-17 is the old policy language version; use \"Version\": \"2012-10-17\"");
    }
  }

  static boolean hasPolicyVariables(PolicyDocument document) {
    for (Statement statement : document.statements()) {
      for (Resource resource : statement.resources()) {
        if (resource.text().contains("${")) {
          return true;
        }
      }
      for (Resource resource : statement.notResources()) {
        if (resource.text().contains("${")) {
          return true;
        }
      }
      for (Condition condition : statement.conditions()) {
        for (String value : condition.values()) {
          if (value.contains("${")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void size(LintRun run) {
    int size;
    int limit;
    String what;
    if (run.context.sizeLimit().isPresent()) {
      SizeLimit given = run.context.sizeLimit().get();
      size = given.check(run.document).size();
      limit = given.characters();
      what = given.kind();
    } else {
      switch (run.kind) {
        case TRUST:
          size = SizeLimit.ROLE_TRUST_POLICY.check(run.document).size();
          limit = SizeLimit.ROLE_TRUST_POLICY.characters();
          what = "role trust policy (accounts can raise it to 8,192)";
          break;
        case RESOURCE:
          size = SizeLimit.S3_BUCKET_POLICY.check(run.document).size();
          limit = SizeLimit.S3_BUCKET_POLICY.characters();
          what = "S3 bucket policy (other services differ; pass the quota in LintContext)";
          break;
        case SCP:
        case RCP:
          size = PolicySize.of(run.document);
          limit = ORGANIZATION_POLICY_LIMIT;
          what = run.kind.description() + " (through the Organizations API whitespace counts too)";
          break;
        case IDENTITY:
        default:
          size = SizeLimit.MANAGED_POLICY.check(run.document).size();
          limit = SizeLimit.MANAGED_POLICY.characters();
          what = "customer managed policy (inline policies of a role share 10,240)";
          break;
      }
    }
    if (size > limit) {
      run.add(FindingCode.POLICY_TOO_LARGE, "", String.format(
          "the policy has %,d characters not counting whitespace, %,d over the %,d-character quota of %s; "
              + "AWS refuses it, so split it or merge statements",
          size, size - limit, limit, LintRun.withArticle(what)));
    }
  }
}
