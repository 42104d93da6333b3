package io.iamkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.databricks.DatabricksPartition;
import org.junit.jupiter.api.Test;

/** The lint package repeats the Databricks constants (it may not depend on io.iamkit.databricks): keep them equal. */
class DatabricksConstantsTest {
  @Test
  void deployments_matchTheDatabricksPackage() {
    assertThat(DatabricksConstants.DEPLOYMENTS).hasSize(DatabricksPartition.values().length);
    for (int i = 0; i < DatabricksPartition.values().length; i++) {
      DatabricksPartition expected = DatabricksPartition.values()[i];
      DatabricksConstants.Deployment actual = DatabricksConstants.DEPLOYMENTS.get(i);
      assertThat(actual.name).isEqualTo(expected.id());
      assertThat(actual.partition).isEqualTo(expected.arnPartition().id());
      assertThat(actual.account).isEqualTo(expected.databricksAccount());
      assertThat(actual.unityCatalogMasterRole).isEqualTo(expected.unityCatalogMasterRole().toString());
      assertThat(actual.logDeliveryRole).isEqualTo(expected.logDeliveryRole().toString());
    }
  }
}
