package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Databricks deployment on AWS and the constants its policies name: the Databricks AWS account, the Unity
 * Catalog master role and the log-delivery role. {@code aws-us-gov-dod} is a separate Databricks deployment
 * that writes its ARNs in the {@code aws-us-gov} partition. Databricks has no China ({@code aws-cn})
 * deployment.
 */
public enum DatabricksPartition {
  /** Commercial AWS. */
  AWS("aws", Partition.AWS, AwsConstants.DATABRICKS_ACCOUNT_ID, AwsConstants.UNITY_CATALOG_MASTER_ROLE,
      AwsConstants.LOG_DELIVERY_ROLE, AwsConstants.AMI_OWNER_ACCOUNT_ID),
  /** AWS GovCloud (US). */
  AWS_US_GOV("aws-us-gov", Partition.AWS_US_GOV, AwsUsGovConstants.DATABRICKS_ACCOUNT_ID,
      AwsUsGovConstants.UNITY_CATALOG_MASTER_ROLE, AwsUsGovConstants.LOG_DELIVERY_ROLE,
      AwsUsGovConstants.AMI_OWNER_ACCOUNT_ID),
  /** The GovCloud DoD deployment, in the {@code aws-us-gov} ARN partition. */
  AWS_US_GOV_DOD("aws-us-gov-dod", Partition.AWS_US_GOV, AwsUsGovDodConstants.DATABRICKS_ACCOUNT_ID,
      AwsUsGovDodConstants.UNITY_CATALOG_MASTER_ROLE, AwsUsGovDodConstants.LOG_DELIVERY_ROLE, null);

  private final String id;
  private final Partition arnPartition;
  private final AccountId databricksAccount;
  private final Arn unityCatalogMasterRole;
  private final Arn logDeliveryRole;
  private final @Nullable AccountId amiOwner;

  DatabricksPartition(String id, Partition arnPartition, String databricksAccount, String unityCatalogMasterRole,
      String logDeliveryRole, @Nullable String amiOwner) {
    this.id = id;
    this.arnPartition = arnPartition;
    this.databricksAccount = AccountId.of(databricksAccount);
    this.unityCatalogMasterRole = Arn.parse(unityCatalogMasterRole);
    this.logDeliveryRole = Arn.parse(logDeliveryRole);
    this.amiOwner = amiOwner == null ? null : AccountId.of(amiOwner);
  }

  /** The parameter value naming this deployment: {@code aws}, {@code aws-us-gov} or {@code aws-us-gov-dod}. */
  public String id() {
    return id;
  }

  /** The AWS partition its ARNs are written in. */
  public Partition arnPartition() {
    return arnPartition;
  }

  /** The Databricks AWS account that assumes the cross-account role, such as {@code 414351767826}. */
  public AccountId databricksAccount() {
    return databricksAccount;
  }

  /** The role Unity Catalog assumes storage-credential roles from. */
  public Arn unityCatalogMasterRole() {
    return unityCatalogMasterRole;
  }

  /** The role that delivers billable-usage and audit logs. */
  public Arn logDeliveryRole() {
    return logDeliveryRole;
  }

  /** The account that owns the Databricks AMIs, where Databricks publishes one. */
  public Optional<AccountId> amiOwner() {
    return Optional.ofNullable(amiOwner);
  }

  /**
   * Returns the deployment named {@code id}.
   *
   * @throws ParameterException if it is not {@code aws}, {@code aws-us-gov} or {@code aws-us-gov-dod}
   */
  public static DatabricksPartition parse(String id) {
    for (DatabricksPartition partition : values()) {
      if (partition.id.equals(id)) {
        return partition;
      }
    }
    throw new ParameterException("partition", id, "must be one of aws, aws-us-gov, aws-us-gov-dod"
        + ("aws-cn".equals(id) ? " (Databricks has no China deployment)" : ""));
  }

  @Override
  public String toString() {
    return id;
  }
}
