package io.iamkit.databricks;

/**
 * Databricks constants for AWS GovCloud (US) ({@code aws-us-gov}), ARN partition {@code aws-us-gov}.
 *
 * <p>Source: Databricks' Terraform provider ({@code databricks/terraform-provider-databricks}, Apache-2.0,
 * {@code aws/constants.go}), as collected in iamkit's reference notes (DATABRICKS-REFERENCE.md).
 */
final class AwsUsGovConstants {
  static final String DATABRICKS_ACCOUNT_ID = "044793339203";
  static final String UNITY_CATALOG_MASTER_ROLE =
      "arn:aws-us-gov:iam::044793339203:role/unity-catalog-prod-UCMasterRole-1QRFA8SGY15OJ";
  static final String LOG_DELIVERY_ROLE =
      "arn:aws-us-gov:iam::044793339203:role/SaasUsageDeliveryRole-prod-aws-gov-IAMRole-L4QM0RCHYQ1G";
  static final String AMI_OWNER_ACCOUNT_ID = "044732911619";

  private AwsUsGovConstants() {}
}
