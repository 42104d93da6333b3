package io.iamkit.lint;

import io.iamkit.policy.AccountId;
import java.util.List;

/**
 * The Databricks AWS accounts and roles the Databricks checks look for, per deployment. The same values are public
 * in {@code io.iamkit.databricks.DatabricksPartition}; they are repeated here because {@code io.iamkit.lint} depends
 * on the policy model only, and {@code DatabricksConstantsTest} keeps the two in step.
 */
final class DatabricksConstants {
  /** One Databricks deployment: its ARN partition, AWS account and documented roles. */
  static final class Deployment {
    final String name;
    final String partition;
    final AccountId account;
    final String unityCatalogMasterRole;
    final String logDeliveryRole;

    Deployment(String name, String partition, String account, String unityCatalogMasterRole, String logDeliveryRole) {
      this.name = name;
      this.partition = partition;
      this.account = AccountId.of(account);
      this.unityCatalogMasterRole = unityCatalogMasterRole;
      this.logDeliveryRole = logDeliveryRole;
    }
  }

  static final List<Deployment> DEPLOYMENTS = List.of(
      new Deployment("aws", "aws", "414351767826",
          "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL",
          "arn:aws:iam::414351767826:role/SaasUsageDeliveryRole-prod-IAMRole-3PLHICCRR1TK"),
      new Deployment("aws-us-gov", "aws-us-gov", "044793339203",
          "arn:aws-us-gov:iam::044793339203:role/unity-catalog-prod-UCMasterRole-1QRFA8SGY15OJ",
          "arn:aws-us-gov:iam::044793339203:role/SaasUsageDeliveryRole-prod-aws-gov-IAMRole-L4QM0RCHYQ1G"),
      new Deployment("aws-us-gov-dod", "aws-us-gov", "170661010020",
          "arn:aws-us-gov:iam::170661010020:role/unity-catalog-prod-UCMasterRole-1DI6DL6ZP26AS",
          "arn:aws-us-gov:iam::170661010020:role/SaasUsageDeliveryRole-prod-aws-gov-dod-IAMRole-1DMEHBYR8VC5P"));

  private DatabricksConstants() {}

  static boolean isUnityCatalogMasterRole(String awsId) {
    for (Deployment deployment : DEPLOYMENTS) {
      if (deployment.unityCatalogMasterRole.equals(awsId)) {
        return true;
      }
    }
    return false;
  }

  static boolean isDatabricksAccount(AccountId account) {
    for (Deployment deployment : DEPLOYMENTS) {
      if (deployment.account.equals(account)) {
        return true;
      }
    }
    return false;
  }
}
