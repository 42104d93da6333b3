package io.iamkit.databricks;

/**
 * Databricks constants for the commercial AWS partition ({@code aws}).
 *
 * <p>Sources: the Databricks account {@code 414351767826} and AMI owner {@code 601306020600} are printed in the
 * Databricks documentation "Create a cross-account IAM role" (seed 000); the Unity Catalog master role is printed
 * in the Polytomic staging-bucket guide (seed 002) and, with the log-delivery role, in Databricks' Terraform
 * provider ({@code databricks/terraform-provider-databricks}, Apache-2.0, {@code aws/constants.go}).
 */
final class AwsConstants {
  static final String DATABRICKS_ACCOUNT_ID = "414351767826";
  static final String UNITY_CATALOG_MASTER_ROLE =
      "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL";
  static final String LOG_DELIVERY_ROLE =
      "arn:aws:iam::414351767826:role/SaasUsageDeliveryRole-prod-IAMRole-3PLHICCRR1TK";
  static final String AMI_OWNER_ACCOUNT_ID = "601306020600";

  private AwsConstants() {}
}
