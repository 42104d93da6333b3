package io.iamkit.sim.databricks;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.StagingBucketSetup;
import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Statement;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.Hop;
import io.iamkit.sim.StepResult;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who can do what with a set of Databricks set-ups: the access each set-up exists for (expected allowed) and the
 * accesses it must refuse (expected denied), each simulated offline on the {@link DatabricksAccounts account
 * model} of the set-ups. Every row passes for a correct set-up; a failing row carries the simulator's explanation.
 *
 * <pre>{@code
 * for (AccessRow row : AccessMatrix.of(List.of(setup))) {
 *   System.out.println(row);
 * }
 * }</pre>
 *
 * <p>The rows: Databricks (or Unity Catalog, log delivery, the third party) assuming their role with the right, a
 * wrong and no external ID; the Unity Catalog self-assume; MyRoleA on the cluster assuming MyRoleB; each role
 * reading, writing and listing its bucket; and an unrelated principal (a role in account {@code 999988887777}
 * allowed everything by its own identity policy) trying each role and bucket.
 */
public final class AccessMatrix {
  /** The account of the unrelated principal. */
  public static final AccountId UNRELATED_ACCOUNT = AccountId.of("999988887777");

  private static final String UNRELATED_ROLE = "unrelated";
  private static final String WRONG_EXTERNAL_ID = "wrong-external-id";

  private final AccountModel model;
  private final List<AccessRow> rows = new ArrayList<>();

  private AccessMatrix(AccountModel model) {
    this.model = model;
  }

  /** Simulates every row for {@code setups}, in set-up order. */
  public static List<AccessRow> of(List<? extends DatabricksSetup> setups) {
    AccountModel model = DatabricksAccounts.builder(setups)
        .account(UNRELATED_ACCOUNT, a -> a.role(UNRELATED_ROLE, r -> r
            .trustPolicy(PolicyDocument.of(Statement.allowAssumeRoleBy(
                io.iamkit.policy.Principal.service("ec2.amazonaws.com"))))
            .inlinePolicy("everything", PolicyDocument.of(Statement.allow("*").addResource("*").build()))))
        .build();
    AccessMatrix matrix = new AccessMatrix(model);
    for (int i = 0; i < setups.size(); i++) {
      matrix.add(i + " " + setups.get(i).kind(), setups.get(i));
    }
    return List.copyOf(matrix.rows);
  }

  private void add(String name, DatabricksSetup setup) {
    DatabricksPartition partition = setup.partition();
    String arnPartition = partition.arnPartition().id();
    Credentials unrelated = Credentials.roleSession(
        Arn.role(partition.arnPartition(), UNRELATED_ACCOUNT, UNRELATED_ROLE), "unrelated");
    if (setup instanceof WorkspaceCredentialSetup) {
      WorkspaceCredentialSetup workspace = (WorkspaceCredentialSetup) setup;
      externalIdRows(name, "Databricks", DatabricksAccounts.databricks(partition), workspace.role().arn(),
          workspace.externalId(), unrelated);
    } else if (setup instanceof UnityCatalogStorageSetup) {
      UnityCatalogStorageSetup uc = (UnityCatalogStorageSetup) setup;
      unityCatalogRows(name, partition, uc.role().arn(), uc.externalId(), unrelated);
      bucketRows(name, uc.role().arn(), uc.bucket(), arnPartition, unrelated);
    } else if (setup instanceof StagingBucketSetup) {
      StagingBucketSetup staging = (StagingBucketSetup) setup;
      externalIdRows(name, "the third party", DatabricksAccounts.thirdParty(staging.thirdParty()),
          staging.role().arn(), staging.thirdPartyExternalId(), unrelated);
      unityCatalogRows(name, partition, staging.role().arn(), staging.databricksExternalId(), null);
      bucketRows(name, staging.role().arn(), staging.bucket(), arnPartition, null);
    } else if (setup instanceof LogDeliverySetup) {
      LogDeliverySetup logs = (LogDeliverySetup) setup;
      externalIdRows(name, "Databricks log delivery", DatabricksAccounts.logDelivery(partition), logs.role().arn(),
          logs.externalId(), unrelated);
      String bucket = logs.bucketPolicy().bucket();
      row(name, logs.role().name() + " session", "s3:PutObject", objects(arnPartition, bucket), true,
          session(logs.role().arn()));
    } else if (setup instanceof StorageConfigurationSetup) {
      String bucket = ((StorageConfigurationSetup) setup).bucketPolicy().bucket();
      row(name, "Databricks", "s3:GetObject", objects(arnPartition, bucket), true,
          DatabricksAccounts.databricks(partition));
      row(name, "Databricks", "s3:PutObject", objects(arnPartition, bucket), true,
          DatabricksAccounts.databricks(partition));
      row(name, "an unrelated principal", "s3:GetObject", objects(arnPartition, bucket), false, unrelated);
    } else if (setup instanceof S3CrossAccountSetup) {
      S3CrossAccountSetup s3 = (S3CrossAccountSetup) setup;
      Credentials roleA = Credentials.instanceProfile(s3.instanceProfile().arn());
      assume(name, s3.roleA().name() + " on the cluster", roleA, Hop.to(s3.roleB().arn()), true);
      assume(name, "an unrelated principal", unrelated, Hop.to(s3.roleB().arn()), false);
      bucketRows(name, s3.roleB().arn(), s3.bucketPolicy().bucket(), arnPartition, unrelated);
    }
  }

  /** The caller with the right, a wrong and no external ID, and the unrelated principal with the right one. */
  private void externalIdRows(String name, String who, Credentials caller, Arn role, ExternalId externalId,
      Credentials unrelated) {
    assume(name, who + " with the right external ID", caller, Hop.builder(role).externalId(externalId).build(),
        true);
    assume(name, who + " with a wrong external ID", caller, Hop.builder(role).externalId(WRONG_EXTERNAL_ID).build(),
        false);
    assume(name, who + " without an external ID", caller, Hop.to(role), false);
    assume(name, "an unrelated principal with the right external ID", unrelated,
        Hop.builder(role).externalId(externalId).build(), false);
  }

  private void unityCatalogRows(String name, DatabricksPartition partition, Arn role, ExternalId externalId,
      @Nullable Credentials unrelated) {
    Credentials master = DatabricksAccounts.unityCatalog(partition);
    assume(name, "Unity Catalog with the right external ID", master,
        Hop.builder(role).externalId(externalId).build(), true);
    assume(name, "Unity Catalog with a wrong external ID", master,
        Hop.builder(role).externalId(WRONG_EXTERNAL_ID).build(), false);
    assume(name, "the role itself (Unity Catalog self-assume)", session(role),
        Hop.builder(role).externalId(externalId).build(), true);
    if (unrelated != null) {
      assume(name, "an unrelated principal with the right external ID", unrelated,
          Hop.builder(role).externalId(externalId).build(), false);
    }
  }

  private void bucketRows(String name, Arn role, String bucket, String partition,
      @Nullable Credentials unrelated) {
    Credentials session = session(role);
    String who = roleName(role) + " session";
    row(name, who, "s3:ListBucket", "arn:" + partition + ":s3:::" + bucket, true, session);
    row(name, who, "s3:GetObject", objects(partition, bucket), true, session);
    row(name, who, "s3:PutObject", objects(partition, bucket), true, session);
    if (unrelated != null) {
      row(name, "an unrelated principal", "s3:GetObject", objects(partition, bucket), false, unrelated);
    }
  }

  private void assume(String name, String who, Credentials caller, Hop hop, boolean expectAllowed) {
    StepResult result = model.simulateAssumeRole(caller, hop);
    rows.add(new AccessRow(name, who, "sts:AssumeRole on " + hop.role(), expectAllowed, result));
  }

  private void row(String name, String who, String action, String resource, boolean expectAllowed,
      Credentials caller) {
    StepResult result = model.simulate(caller, action, resource);
    rows.add(new AccessRow(name, who, action + " on " + resource, expectAllowed, result));
  }

  private static String objects(String partition, String bucket) {
    return "arn:" + partition + ":s3:::" + bucket + "/iamkit-probe";
  }

  private static Credentials session(Arn role) {
    return Credentials.roleSession(role, Hop.DEFAULT_SESSION_NAME);
  }

  private static String roleName(Arn role) {
    String resource = role.resource();
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}
