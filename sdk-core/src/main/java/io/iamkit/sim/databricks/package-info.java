/**
 * The Databricks set-ups of {@code io.iamkit.databricks} in the account model of {@code io.iamkit.sim}: an
 * {@link io.iamkit.sim.AccountModel} built from set-ups, with the Databricks and third-party principals that act on
 * them ({@link io.iamkit.sim.databricks.DatabricksAccounts}), and the set-up diagnostics that lint every document
 * and simulate every access a set-up exists for ({@link io.iamkit.sim.databricks.SetupDiagnostics}).
 *
 * <p>This package joins the presets to the simulator and the linter: it depends on {@code io.iamkit.databricks},
 * {@code io.iamkit.sim}, {@code io.iamkit.eval}, {@code io.iamkit.lint} and the policy model, and none of them
 * depends on it.
 */
@NullMarked
package io.iamkit.sim.databricks;

import org.jspecify.annotations.NullMarked;
