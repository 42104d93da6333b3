package io.iamkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.lint.FindingCode;
import io.iamkit.sim.AccountModel;
import io.iamkit.sim.ChainResult;
import io.iamkit.sim.Credentials;
import io.iamkit.sim.Hop;
import io.iamkit.sim.Role;
import io.iamkit.sim.StepResult;
import io.iamkit.sim.databricks.DatabricksAccounts;
import io.iamkit.sim.databricks.SetupDiagnostics;
import io.iamkit.sim.databricks.SetupFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's "Simulate accounts and chains" section true: the same code, line for line. */
class ReadmeSimulationTest {
  @Test
  void readmeSnippet_simulatesTheChain_thenFindsTheBrokenPiece() {
    S3CrossAccountSetup setup = S3CrossAccountSetup.builder()
        .deploymentAccountId("111122223333").bucketOwnerAccountId("444455556666").bucket("acme-shared-data")
        .build();
    AccountModel model = DatabricksAccounts.from(setup);
    ChainResult chain = model.simulateChain(Credentials.instanceProfile(setup.instanceProfile().arn()),
        List.of(Hop.to(setup.roleB().arn())), "s3:GetObject", "arn:aws:s3:::acme-shared-data/part-0001.parquet");

    AccountModel broken = model.toBuilder()
        .account("111122223333", a -> a.role("MyRoleA", Role.Builder::clearInlinePolicies)).build();
    StepResult failure = broken.simulateChain(Credentials.instanceProfile(setup.instanceProfile().arn()),
        List.of(Hop.to(setup.roleB().arn())), "s3:GetObject", "arn:aws:s3:::acme-shared-data/part-0001.parquet")
        .firstFailure().orElseThrow();

    List<SetupFinding> findings = SetupDiagnostics.check(setup, broken);

    assertThat(chain.succeeded()).isTrue();
    assertThat(failure.summary()).isEqualTo("hop 1: arn:aws:sts::111122223333:assumed-role/MyRoleA/"
        + "i-0123456789abcdef0 -> sts:AssumeRole on arn:aws:iam::444455556666:role/MyRoleB: IMPLICIT_DENY: "
        + "cross-account: the resource policy allows, but on the identity side no identity policy allows (rule 1.7)");
    assertThat(findings).filteredOn(f -> f.code() == FindingCode.ASSUME_ROLE_DENIED).singleElement()
        .asString().startsWith("role MyRoleA identity policies: ERROR ASSUME_ROLE_DENIED at /: MyRoleA on the "
            + "cluster's instance (");
  }
}
