package io.iamkit.lint;

import static io.iamkit.lint.Lint.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import org.junit.jupiter.api.Test;

/**
 * The Databricks troubleshooting lists as checks (DATABRICKS-REFERENCE.md): Unity Catalog trust needs the master
 * role and self-assume; the external ID must be the set-up's.
 */
class DatabricksChecksTest {
  static final String UC_MASTER = "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL";
  static final Arn ROLE = Arn.parse("arn:aws:iam::123456789098:role/databricks-role");

  /** The two-statement form of DATABRICKS-REFERENCE.md, "Unity Catalog storage credential: trust". */
  static final String UC_TRUST = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "UnityCatalogAssumeRole",
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL"},
            "Condition": {"StringEquals": {"sts:ExternalId": "12345"}}
          },
          {
            "Sid": "ExplicitSelfRoleAssumption",
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::123456789098:root"},
            "Condition": {
              "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::123456789098:role/databricks-role"},
              "StringEquals": {"sts:ExternalId": "12345"}
            }
          }
        ]
      }
      """;

  static final String UC_ONLY = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"AWS": "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL"},
        "Condition": {"StringEquals": {"sts:ExternalId": "12345"}}}]}
      """;

  private static LintContext uc(Arn role, String externalId) {
    return LintContext.builder().roleArn(role).externalId(ExternalId.of(externalId)).unityCatalog(true).build();
  }

  @Test
  void referenceUnityCatalogTrust_hasNoFinding_withOrWithoutContext() {
    assertThat(lint(UC_TRUST, PolicyKind.TRUST)).isEmpty();
    assertThat(lint(UC_TRUST, PolicyKind.TRUST, uc(ROLE, "12345"))).isEmpty();
  }

  @Test
  void oneStatementForm_namingTheRoleItself_hasNoFinding() {
    assertThat(lint(UC_ONLY.replace("\"Principal\": {\"AWS\": \"" + UC_MASTER + "\"}",
        "\"Principal\": {\"AWS\": [\"" + UC_MASTER + "\", \"" + ROLE + "\"]}"), PolicyKind.TRUST, uc(ROLE, "12345")))
        .isEmpty();
  }

  @Test
  void unityCatalogTrust_withoutSelfAssume_isUcSelfAssumeMissing_evenWithoutContext() {
    assertThat(lint(UC_ONLY, PolicyKind.TRUST)).containsExactly(
        "ERROR UC_SELF_ASSUME_MISSING at /Statement: the Unity Catalog master role may assume this role, but no "
            + "statement names a principal of the role's own account, so the role cannot assume itself, which "
            + "Unity Catalog requires since 2025-01-20 (\"Non-self-assuming role\"); add a statement naming the "
            + "role, or its account root with an aws:PrincipalArn condition (give the role ARN in LintContext to "
            + "check this exactly)");
  }

  @Test
  void selfAssumeStatement_forAnotherRole_isUcSelfAssumeMissing_withTheRoleArn() {
    String otherRole = UC_TRUST.replace("role/databricks-role\"}", "role/some-other-role\"}");

    assertThat(lint(otherRole, PolicyKind.TRUST)).isEmpty();
    assertThat(Linter.create().lintTrust(Lint.read(otherRole), ROLE)).extracting(Finding::toString).containsExactly(
        "ERROR UC_SELF_ASSUME_MISSING at /Statement: no statement lets the role "
            + "arn:aws:iam::123456789098:role/databricks-role assume itself, which Unity Catalog requires since "
            + "2025-01-20 (\"Non-self-assuming role\"); add {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
            + "\"arn:aws:iam::123456789098:root\"}, \"Action\": \"sts:AssumeRole\", \"Condition\": {\"ArnLike\": "
            + "{\"aws:PrincipalArn\": \"arn:aws:iam::123456789098:role/databricks-role\"}, \"StringEquals\": "
            + "{\"sts:ExternalId\": \"<external ID>\"}}}");
  }

  @Test
  void unityCatalogRole_whoseTrustLacksTheMasterRole_isUcPrincipalMissing() {
    String selfOnly = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
          "Principal": {"AWS": "arn:aws:iam::123456789098:role/databricks-role"},
          "Condition": {"StringEquals": {"sts:ExternalId": "12345"}}}]}
        """;

    assertThat(lint(selfOnly, PolicyKind.TRUST)).isEmpty();
    assertThat(lint(selfOnly, PolicyKind.TRUST, uc(ROLE, "12345"))).containsExactly(
        "ERROR UC_PRINCIPAL_MISSING at /Statement: the trust policy of a Unity Catalog role must let the Unity "
            + "Catalog master role assume it: add a statement with \"Principal\": {\"AWS\": \"" + UC_MASTER + "\"}, "
            + "\"Action\": \"sts:AssumeRole\" and the storage credential's external ID in sts:ExternalId");
  }

  @Test
  void govCloudRole_trustingTheCommercialMasterRole_isUcPrincipalMissing() {
    Arn govRole = Arn.parse("arn:aws-us-gov:iam::123456789098:role/databricks-role");
    String trust = UC_TRUST.replace("arn:aws:iam::123456789098", "arn:aws-us-gov:iam::123456789098");

    assertThat(lint(trust, PolicyKind.TRUST, uc(govRole, "12345"))).containsExactly(
        "ERROR UC_PRINCIPAL_MISSING at /Statement: the trust policy of a Unity Catalog role must let the Unity "
            + "Catalog master role assume it: add a statement with \"Principal\": {\"AWS\": "
            + "\"arn:aws-us-gov:iam::044793339203:role/unity-catalog-prod-UCMasterRole-1QRFA8SGY15OJ\"} (or "
            + "arn:aws-us-gov:iam::170661010020:role/unity-catalog-prod-UCMasterRole-1DI6DL6ZP26AS), \"Action\": "
            + "\"sts:AssumeRole\" and the storage credential's external ID in sts:ExternalId");
  }

  @Test
  void unityCatalogTrust_withAnotherExternalId_isExternalIdMismatch() {
    assertThat(lint(UC_TRUST, PolicyKind.TRUST, uc(ROLE, "67890"))).containsExactly(
        "ERROR EXTERNAL_ID_MISMATCH at /Statement/0/Condition/StringEquals/sts:ExternalId: sts:ExternalId is tested "
            + "against [\"12345\"], but the set-up passes \"67890\", so AssumeRole will be denied; use the external "
            + "ID of the set-up",
        "ERROR EXTERNAL_ID_MISMATCH at /Statement/1/Condition/StringEquals/sts:ExternalId: sts:ExternalId is tested "
            + "against [\"12345\"], but the set-up passes \"67890\", so AssumeRole will be denied; use the external "
            + "ID of the set-up");
  }

  @Test
  void typoInTheMasterRole_isDatabricksUnknownRole() {
    assertThat(lint(UC_TRUST.replace("14S5ZJVKOTYTL", "14S5ZJVKOTYTI"), PolicyKind.TRUST)).containsExactly(
        "WARNING DATABRICKS_UNKNOWN_ROLE at /Statement/0/Principal/AWS: "
            + "\"arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTI\" is a role of the "
            + "Databricks AWS account 414351767826 (aws) that Databricks does not document; the roles it documents "
            + "there are " + UC_MASTER + " (Unity Catalog) and "
            + "arn:aws:iam::414351767826:role/SaasUsageDeliveryRole-prod-IAMRole-3PLHICCRR1TK (log delivery): check "
            + "for a typo");
  }

  @Test
  void logDeliveryTrust_hasNoFinding() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
          "Principal": {"AWS": "arn:aws:iam::414351767826:role/SaasUsageDeliveryRole-prod-IAMRole-3PLHICCRR1TK"},
          "Condition": {"StringEquals": {"sts:ExternalId": "abc"}}}]}
        """, PolicyKind.TRUST)).isEmpty();
  }

  /** DATABRICKS-REFERENCE.md, "Unity Catalog storage credential: permissions (no KMS key)", first two statements. */
  static final String UC_PERMISSIONS = """
      {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
           "s3:GetBucketLocation", "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts",
           "s3:AbortMultipartUpload"],
         "Resource": ["arn:aws:s3:::databricks-bucket/*", "arn:aws:s3:::databricks-bucket"]},
        {"Effect": "Allow", "Action": ["sts:AssumeRole"],
         "Resource": ["arn:aws:iam::123456789098:role/databricks-role"]}]}
      """;

  @Test
  void unityCatalogPermissions_withSelfAssume_hasNoFinding() {
    assertThat(lint(UC_PERMISSIONS, PolicyKind.IDENTITY, uc(ROLE, "12345"))).isEmpty();
  }

  @Test
  void unityCatalogPermissions_withoutSelfAssume_isUcSelfAssumeMissing() {
    String withoutSelfAssume = UC_PERMISSIONS.replace("role/databricks-role", "role/another-role");

    assertThat(lint(withoutSelfAssume, PolicyKind.IDENTITY)).isEmpty();
    assertThat(lint(withoutSelfAssume, PolicyKind.IDENTITY, uc(ROLE, "12345"))).containsExactly(
        "ERROR UC_SELF_ASSUME_MISSING at /Statement: the permissions policy of a Unity Catalog role must allow it "
            + "to assume itself, which Unity Catalog requires since 2025-01-20 (\"Non-self-assuming role\"); add "
            + "{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", \"Resource\": "
            + "\"arn:aws:iam::123456789098:role/databricks-role\"}");
  }

  /** The bundled example of the CLI: the workspace cross-account trust with the Databricks account ID. */
  @Test
  void workspaceCrossAccountTrust_hasNoFinding() {
    assertThat(lint("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "414351767826"},
          "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "my-databricks-account-id"}}}]}
        """, PolicyKind.TRUST)).isEmpty();
  }
}
