package io.iamkit.examples;

import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.DocumentSize;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.SetupBucketPolicy;
import io.iamkit.databricks.SetupInstanceProfile;
import io.iamkit.databricks.SetupRole;
import io.iamkit.policy.json.PolicyWriter;
import java.io.PrintStream;

/** Prints a set-up's documents the way the examples show them: where each goes, then the JSON. */
final class SetupPrinter {
  private SetupPrinter() {}

  static void print(DatabricksSetup setup, PrintStream out) {
    PolicyWriter json = PolicyWriter.pretty();
    for (SetupRole role : setup.roles()) {
      if (role.trustPolicy().isPresent()) {
        out.println("# Role " + role.arn() + ": trust policy");
        out.println(json.write(role.trustPolicy().get()));
      } else {
        out.println("# Role " + role.arn() + " (exists already)");
      }
      for (NamedPolicy policy : role.inlinePolicies()) {
        out.println("# Role " + role.name() + ": inline policy " + policy.name());
        out.println(json.write(policy.document()));
      }
    }
    for (SetupInstanceProfile profile : setup.instanceProfiles()) {
      out.println("# Instance profile " + profile.arn() + " holds role " + profile.roleName());
    }
    for (SetupBucketPolicy bucket : setup.bucketPolicies()) {
      out.println("# Bucket " + bucket.bucket() + " (account " + bucket.account() + "): bucket policy");
      out.println(json.write(bucket.policy()));
    }
    for (DocumentSize size : setup.sizes()) {
      out.println("# " + size);
    }
  }
}
