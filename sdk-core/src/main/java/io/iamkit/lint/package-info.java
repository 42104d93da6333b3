/**
 * Lint for IAM policy documents: {@link io.iamkit.lint.Linter} checks a document of a given
 * {@link io.iamkit.lint.PolicyKind} (identity, resource, trust, SCP, RCP) and returns
 * {@link io.iamkit.lint.Finding}s with stable {@link io.iamkit.lint.FindingCode}s: grammar per kind, unknown actions
 * (against a catalogue of every documented AWS action, shipped in this package with its MIT licence), redundant
 * statements, risky grants, the confused-deputy guard of trust policies, and the Databricks Unity Catalog trust
 * rules. A {@link io.iamkit.lint.LintContext} tells the linter what a document cannot: the role it belongs to, the
 * expected external ID.
 *
 * <p>This package depends on the policy model and the JDK only.
 */
@NullMarked
package io.iamkit.lint;

import org.jspecify.annotations.NullMarked;
