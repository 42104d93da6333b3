package io.iamkit.assertj;

import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.databricks.DatabricksAccounts;
import java.util.List;

/** Entry point of iamkit's AssertJ assertions: {@code import static io.iamkit.assertj.IamkitAssertions.assertThat}. */
public final class IamkitAssertions {
  private IamkitAssertions() {}

  /**
   * Assertions over the account model of {@code setups}: their roles, instance profiles and buckets, plus the
   * outside principals they name (Databricks, Unity Catalog, log delivery, a third party), as
   * {@link DatabricksAccounts#from(List)} builds it.
   */
  public static AccountModelAssert assertThat(DatabricksSetup... setups) {
    return new AccountModelAssert(DatabricksAccounts.from(List.of(setups)));
  }

  /** Assertions over an account model. */
  public static AccountModelAssert assertThat(AccountModel model) {
    return new AccountModelAssert(model);
  }
}
