package io.iamkit.databricks;

/**
 * Databricks constants for the GovCloud DoD deployment ({@code aws-us-gov-dod}), which shares the ARN partition
 * {@code aws-us-gov} with GovCloud but has its own Databricks account.
 *
 * <p>Source: Databricks' Terraform provider ({@code databricks/terraform-provider-databricks}, Apache-2.0,
 * {@code aws/constants.go}), as collected in iamkit's reference notes (DATABRICKS-REFERENCE.md). No AMI owner
 * account is published for this deployment.
 */
final class AwsUsGovDodConstants {
  static final String DATABRICKS_ACCOUNT_ID = "170661010020";
  static final String UNITY_CATALOG_MASTER_ROLE =
      "arn:aws-us-gov:iam::170661010020:role/unity-catalog-prod-UCMasterRole-1DI6DL6ZP26AS";
  static final String LOG_DELIVERY_ROLE =
      "arn:aws-us-gov:iam::170661010020:role/SaasUsageDeliveryRole-prod-aws-gov-dod-IAMRole-1DMEHBYR8VC5P";

  private AwsUsGovDodConstants() {}
}
