/**
 * AssertJ assertions over Databricks set-ups and account models, so that a customer's own tests can check their
 * IAM set-up offline with iamkit's evaluator:
 *
 * <pre>{@code
 * import static io.iamkit.assertj.IamkitAssertions.assertThat;
 *
 * assertThat(setup).allows(setup.roleA()).toAssume(setup.roleB());
 * assertThat(setup).allows(setup.roleB()).to("s3:GetObject").on("arn:aws:s3:::acme-shared-data/*");
 * assertThat(setup).denies(databricks).withExternalId("wrong").toAssume(crossAccountRole);
 * }</pre>
 *
 * <p>Failure messages carry the evaluator's explanation of the decision. Use this artifact in test scope.
 */
@NullMarked
package io.iamkit.assertj;

import org.jspecify.annotations.NullMarked;
