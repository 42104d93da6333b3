package io.iamkit.sim.databricks;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.StagingBucketSetup;
import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.databricks.UnityCatalogTrust;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.databricks.WorkspaceTrust;
import io.iamkit.eval.CompiledPolicy;
import io.iamkit.lint.FindingCode;
import io.iamkit.lint.Severity;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SetupDiagnostics}: the presets' set-ups as built have no error; each piece the Databricks troubleshooting
 * lists name, removed or changed in the account model, is found, in the document where it is.
 */
class SetupDiagnosticsTest {
  private static final String CUSTOMER = "111122223333";

  private static PolicyDocument json(String text) {
    return PolicyReader.strict().read(text.replace('\'', '"'));
  }

  private static final CompiledPolicy FULL_AWS_ACCESS = CompiledPolicy.of("FullAWSAccess",
      json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*','Resource':'*'}]}"));
  private static final CompiledPolicy DENY_ASSUME_ROLE = CompiledPolicy.of("DenyAssumeRole",
      json("{'Version':'2012-10-17','Statement':[{'Effect':'Deny','Action':'sts:AssumeRole','Resource':'*'}]}"));

  private static final WorkspaceCredentialSetup WORKSPACE = WorkspaceCredentialSetup.builder()
      .accountId(CUSTOMER).externalId("db-account-1").build();
  private static final UnityCatalogStorageSetup UC = UnityCatalogStorageSetup.builder().accountId(CUSTOMER)
      .roleName("uc-storage").externalId("uc-ext-1").bucket("acme-uc").fileEvents(false).build();
  private static final StagingBucketSetup STAGING = StagingBucketSetup.builder().accountId(CUSTOMER)
      .roleName("stg").bucket("acme-stg").thirdParty("polytomic").thirdPartyExternalId("tp-1")
      .databricksExternalId("db-1").build();
  private static final LogDeliverySetup LOGS = LogDeliverySetup.builder().accountId(CUSTOMER)
      .externalId("db-account-1").bucket("acme-logs").build();
  private static final StorageConfigurationSetup ROOT_BUCKET = StorageConfigurationSetup.builder()
      .accountId(CUSTOMER).bucket("acme-root").databricksAccountId("db-account-1").build();
  private static final S3CrossAccountSetup S3 = S3CrossAccountSetup.builder().deploymentAccountId(CUSTOMER)
      .bucketOwnerAccountId("444455556666").bucket("acme-shared").crossAccountRole("ws-role").build();

  private static List<FindingCode> errors(List<SetupFinding> findings) {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).map(SetupFinding::code).toList();
  }

  @Test
  void presets_asBuilt_haveNoError_everyAccessTheyExistForIsAllowed() {
    for (DatabricksSetup setup : List.of(WORKSPACE, UC, STAGING, LOGS, ROOT_BUCKET, S3)) {
      List<SetupFinding> findings = SetupDiagnostics.check(setup);

      assertThat(errors(findings)).as(setup.kind() + ": " + findings).isEmpty();
    }
  }

  @Test
  void presets_asBuilt_keepTheLintersWarnings_namingTheDocument() {
    assertThat(SetupDiagnostics.check(S3)).extracting(SetupFinding::toString).containsExactly(
        "role MyRoleB trust policy: WARNING TRUST_WITHOUT_EXTERNAL_ID at /Statement/0/Principal: lets "
            + "arn:aws:iam::111122223333:role/MyRoleA assume the role without an sts:ExternalId condition: a third "
            + "party that assumes roles for many customers can be made to assume this one for someone else (the "
            + "confused deputy). Add \"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"<the ID agreed with "
            + "the third party>\"}}");
  }

  // Workspace cross-account role

  @Test
  void workspace_trustWithAnotherExternalId_isAMismatch_andDatabricksCannotAssumeTheRole() {
    AccountModel model = DatabricksAccounts.from(WORKSPACE).toBuilder().account(CUSTOMER, a -> a.role(
        WorkspaceCredentialSetup.DEFAULT_ROLE_NAME,
        r -> r.trustPolicy(WorkspaceTrust.builder().externalId("db-account-2").build()))).build();

    List<SetupFinding> findings = SetupDiagnostics.check(WORKSPACE, model);

    assertThat(errors(findings)).containsExactly(FindingCode.EXTERNAL_ID_MISMATCH, FindingCode.ASSUME_ROLE_DENIED);
    assertThat(findings.get(1).toString()).isEqualTo("role databricks-cross-account-role trust policy: ERROR "
        + "ASSUME_ROLE_DENIED at /: Databricks (arn:aws:sts::414351767826:assumed-role/databricks-deployment/"
        + "databricks) cannot assume arn:aws:iam::111122223333:role/databricks-cross-account-role with the "
        + "external ID db-account-1: IMPLICIT_DENY, cross-account: identity side allows, resource side has no "
        + "matching statement (rule 1.7)");
  }

  // Unity Catalog

  private static AccountModel ucModel(java.util.function.Consumer<Role.Builder> change) {
    return DatabricksAccounts.from(UC).toBuilder().account(CUSTOMER, a -> a.role("uc-storage", change)).build();
  }

  @Test
  void unityCatalog_trustWithoutTheMasterRole_isFoundByLintAndBySimulation() {
    PolicyDocument trust = UC.role().trustPolicy().orElseThrow();
    PolicyDocument selfOnly = PolicyDocument.builder().version(trust.version())
        .addStatement(trust.statements().get(1)).build();

    List<SetupFinding> findings = SetupDiagnostics.check(UC, ucModel(r -> r.trustPolicy(selfOnly)));

    assertThat(errors(findings)).containsExactly(FindingCode.UC_PRINCIPAL_MISSING, FindingCode.ASSUME_ROLE_DENIED);
    assertThat(findings.get(1).document()).isEqualTo("role uc-storage trust policy");
    assertThat(findings.get(1).message()).startsWith("Unity Catalog's master role (arn:aws:sts::414351767826:"
        + "assumed-role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL/databricks) cannot assume");
  }

  @Test
  void unityCatalog_trustWithoutSelfAssume_nonSelfAssumingRole() {
    PolicyDocument trust = UC.role().trustPolicy().orElseThrow();
    PolicyDocument masterOnly = PolicyDocument.builder().version(trust.version())
        .addStatement(trust.statements().get(0)).build();

    List<SetupFinding> findings = SetupDiagnostics.check(UC, ucModel(r -> r.trustPolicy(masterOnly)));

    assertThat(errors(findings)).containsExactly(FindingCode.UC_SELF_ASSUME_MISSING,
        FindingCode.ASSUME_ROLE_DENIED);
    assertThat(findings.get(1).message()).startsWith("the role itself (Unity Catalog self-assume)")
        .endsWith("IMPLICIT_DENY, same account: the role trust policy has no statement that allows the caller; a "
            + "role trust policy or KMS key policy must allow explicitly, identity policies alone cannot grant "
            + "(rule 1.5)");
  }

  @Test
  void unityCatalog_permissionsWithoutSelfAssumeOrS3_areFoundInTheRolesIdentityPolicies() {
    PolicyDocument listOnly = json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':"
        + "'s3:ListBucket','Resource':'arn:aws:s3:::acme-uc'}]}");

    List<SetupFinding> findings = SetupDiagnostics.check(UC, ucModel(r -> r.clearInlinePolicies()
        .inlinePolicy("list-only", listOnly)));

    assertThat(errors(findings)).containsExactly(FindingCode.UC_SELF_ASSUME_MISSING,
        FindingCode.ASSUME_ROLE_DENIED, FindingCode.S3_PERMISSIONS_MISSING);
    assertThat(findings).extracting(SetupFinding::document).containsExactly(
        "role uc-storage inline policy list-only", "role uc-storage identity policies",
        "role uc-storage identity policies");
    assertThat(findings.get(1).message()).contains("names only the account, which delegates to IAM");
    assertThat(findings.get(2).message()).startsWith("the storage credential's role (arn:aws:sts::111122223333:"
        + "assumed-role/uc-storage/iamkit) cannot s3:GetObject, s3:PutObject on the bucket acme-uc: IMPLICIT_DENY");
  }

  @Test
  void unityCatalog_trustWithAnotherExternalId_failsBothHops() {
    List<SetupFinding> findings = SetupDiagnostics.check(UC, ucModel(r -> r.trustPolicy(UnityCatalogTrust.builder()
        .accountId(CUSTOMER).roleName("uc-storage").externalId("uc-ext-2").build())));

    assertThat(errors(findings)).containsExactly(FindingCode.EXTERNAL_ID_MISMATCH, FindingCode.EXTERNAL_ID_MISMATCH,
        FindingCode.ASSUME_ROLE_DENIED, FindingCode.ASSUME_ROLE_DENIED);
  }

  @Test
  void unityCatalog_roleMissingFromTheModel_isReportedOnce() {
    AccountModel model = DatabricksAccounts.from(UC).toBuilder().account(CUSTOMER, a -> a.removeRole("uc-storage"))
        .build();

    assertThat(SetupDiagnostics.check(UC, model)).extracting(SetupFinding::toString).containsExactly(
        "role uc-storage: ERROR SETUP_RESOURCE_MISSING at /: the account model has no role "
            + "arn:aws:iam::111122223333:role/uc-storage, which the set-up creates");
  }

  // SCPs

  @Test
  void scp_denyingAssumeRoleInTheCustomerAccount_blocksTheSelfAssume_andIsNamedAsTheCause() {
    AccountModel model = DatabricksAccounts.from(UC).toBuilder().account(CUSTOMER, a -> a
        .addScpLevel(FULL_AWS_ACCESS).addScpLevel(FULL_AWS_ACCESS, DENY_ASSUME_ROLE)).build();

    List<SetupFinding> findings = SetupDiagnostics.check(UC, model);

    assertThat(findings).extracting(SetupFinding::toString).containsExactly(
        "account 111122223333 SCPs: ERROR SCP_DENIES_ASSUME_ROLE at /: the SCPs of account 111122223333 do not "
            + "allow arn:aws:sts::111122223333:assumed-role/uc-storage/iamkit to call sts:AssumeRole on "
            + "arn:aws:iam::111122223333:role/uc-storage: explicit deny: a Deny statement in the service control "
            + "policy matches, and a Deny wins over every Allow (rule 1.1)");
  }

  @Test
  void scp_levelWithoutAnAllow_andABrokenTrust_areBothReported() {
    CompiledPolicy s3Only = CompiledPolicy.of("S3Only",
        json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'s3:*','Resource':'*'}]}"));
    AccountModel model = DatabricksAccounts.from(S3).toBuilder()
        .account(CUSTOMER, a -> a.addScpLevel(FULL_AWS_ACCESS).addScpLevel(s3Only))
        .account("444455556666", b -> b.role("MyRoleB", r -> r.trustPolicy(json("{'Version':'2012-10-17',"
            + "'Statement':[{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::444455556666:root'},"
            + "'Action':'sts:AssumeRole'}]}"))))
        .build();

    List<SetupFinding> findings = SetupDiagnostics.check(S3, model);

    assertThat(errors(findings)).containsExactly(FindingCode.SCP_DENIES_ASSUME_ROLE, FindingCode.ASSUME_ROLE_DENIED);
    assertThat(findings).filteredOn(f -> f.code() == FindingCode.ASSUME_ROLE_DENIED).singleElement()
        .extracting(SetupFinding::document).isEqualTo("role MyRoleB trust policy");
  }

  // Staging bucket with a third party

  @Test
  void staging_trustWithoutTheThirdParty_isThirdPartyPrincipalMissing() {
    AccountModel model = DatabricksAccounts.from(STAGING).toBuilder().account(CUSTOMER, a -> a.role("stg",
        r -> r.trustPolicy(UnityCatalogTrust.builder().accountId(CUSTOMER).roleName("stg").externalId("db-1")
            .build()))).build();

    List<SetupFinding> findings = SetupDiagnostics.check(STAGING, model);

    assertThat(errors(findings)).containsExactly(FindingCode.THIRD_PARTY_PRINCIPAL_MISSING);
    assertThat(findings.get(0).toString()).isEqualTo("role stg trust policy: ERROR THIRD_PARTY_PRINCIPAL_MISSING "
        + "at /Statement: no Allow statement for sts:AssumeRole names the third party arn:aws:iam::568237466542:root,"
        + " so it cannot assume the role; add it to the Principal of the statement that tests its external ID");
  }

  // S3 across accounts

  @Test
  void s3_withoutMyRoleAsPolicy_andWithoutBothOfMyRoleBsGrants_namesEachDocument() {
    AccountModel model = DatabricksAccounts.from(S3).toBuilder()
        .account(CUSTOMER, a -> a.role("MyRoleA", Role.Builder::clearInlinePolicies))
        .account("444455556666", b -> b.bucket("acme-shared").role("MyRoleB", Role.Builder::clearInlinePolicies))
        .build();

    List<SetupFinding> findings = SetupDiagnostics.check(S3, model);

    assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).extracting(SetupFinding::document)
        .containsExactly("role MyRoleA identity policies", "role MyRoleB identity policies");
    assertThat(errors(findings)).containsExactly(FindingCode.ASSUME_ROLE_DENIED, FindingCode.S3_PERMISSIONS_MISSING);
  }

  @Test
  void s3_bucketInAnotherAccountWithoutAPolicy_isFoundInTheBucketPolicy() {
    AccountModel model = DatabricksAccounts.from(S3).toBuilder()
        .account("444455556666", b -> b.removeBucket("acme-shared"))
        .account("777788889999", c -> c.bucket("acme-shared"))
        .build();

    List<SetupFinding> findings = SetupDiagnostics.check(S3, model);

    assertThat(findings).filteredOn(f -> f.code() == FindingCode.S3_PERMISSIONS_MISSING).singleElement()
        .satisfies(f -> assertThat(f.document()).isEqualTo("bucket acme-shared policy"))
        .satisfies(f -> assertThat(f.message()).contains("cross-account: the resource has no resource policy"));
  }

  @Test
  void s3_myRoleAWithoutEc2Trust_theInstanceCannotGetCredentials() {
    AccountModel model = DatabricksAccounts.from(S3).toBuilder().account(CUSTOMER, a -> a.role("MyRoleA",
        r -> r.trustPolicy(json("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':"
            + "{'Service':'lambda.amazonaws.com'},'Action':'sts:AssumeRole'}]}")))).build();

    List<SetupFinding> findings = SetupDiagnostics.check(S3, model);

    assertThat(findings).filteredOn(f -> f.code() == FindingCode.ASSUME_ROLE_DENIED).singleElement()
        .satisfies(f -> assertThat(f.document()).isEqualTo("role MyRoleA trust policy"))
        .satisfies(f -> assertThat(f.message()).startsWith("EC2, giving the instance profile's role its "
            + "credentials, cannot assume arn:aws:iam::111122223333:role/MyRoleA: IMPLICIT_DENY, service principal"));
  }

  // Storage configuration and log delivery

  @Test
  void rootBucket_policyForAnotherDatabricksAccount_databricksCannotUseIt() {
    AccountModel model = DatabricksAccounts.from(ROOT_BUCKET).toBuilder().account(CUSTOMER, a -> a.bucket(
        "acme-root", StorageConfigurationSetup.builder().accountId(CUSTOMER).bucket("acme-root")
            .databricksAccountId("db-account-2").build().bucketPolicy().policy())).build();

    List<SetupFinding> findings = SetupDiagnostics.check(ROOT_BUCKET, model);

    assertThat(errors(findings)).containsExactly(FindingCode.S3_PERMISSIONS_MISSING);
    assertThat(findings.get(0).document()).isEqualTo("bucket acme-root policy");
  }

  @Test
  void logDelivery_roleWithoutTheBucketPolicy_cannotWriteLogs() {
    AccountModel model = DatabricksAccounts.from(LOGS).toBuilder().account(CUSTOMER, a -> a.bucket("acme-logs"))
        .build();

    List<SetupFinding> findings = SetupDiagnostics.check(LOGS, model);

    assertThat(errors(findings)).containsExactly(FindingCode.S3_PERMISSIONS_MISSING);
    assertThat(findings.get(0).document()).isEqualTo("role databricks-log-delivery identity policies");
  }
}
