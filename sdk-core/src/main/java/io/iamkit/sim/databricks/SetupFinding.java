package io.iamkit.sim.databricks;

import io.iamkit.lint.Finding;
import io.iamkit.lint.FindingCode;
import io.iamkit.lint.Severity;
import java.util.Objects;

/**
 * A {@link Finding} about one document of a Databricks set-up, such as {@code role MyRoleB trust policy} or
 * {@code bucket acme-shared-data policy}: a set-up has several documents, and the finding's JSON pointer is within
 * the one named.
 */
public final class SetupFinding {
  private final String document;
  private final Finding finding;

  private SetupFinding(String document, Finding finding) {
    this.document = document;
    this.finding = finding;
  }

  /** Returns {@code finding} about {@code document}. */
  public static SetupFinding of(String document, Finding finding) {
    return new SetupFinding(Objects.requireNonNull(document, "document == null"),
        Objects.requireNonNull(finding, "finding == null"));
  }

  /**
   * The document concerned: {@code role <name> trust policy}, {@code role <name> inline policy <policy>},
   * {@code role <name> managed policy <policy>}, {@code role <name> identity policies}, {@code bucket <name> policy},
   * {@code account <id> SCPs}, or {@code role <name>} for the role itself.
   */
  public String document() {
    return document;
  }

  /** The finding, with its JSON pointer in {@link #document()}. */
  public Finding finding() {
    return finding;
  }

  /** The finding's code. */
  public FindingCode code() {
    return finding.code();
  }

  /** The finding's severity. */
  public Severity severity() {
    return finding.severity();
  }

  /** The finding's message. */
  public String message() {
    return finding.message();
  }

  /** The finding's JSON pointer in the document. */
  public String path() {
    return finding.path();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SetupFinding && ((SetupFinding) other).document.equals(document)
        && ((SetupFinding) other).finding.equals(finding);
  }

  @Override
  public int hashCode() {
    return document.hashCode() * 31 + finding.hashCode();
  }

  /** Returns {@code document: SEVERITY CODE at /pointer: message}. */
  @Override
  public String toString() {
    return document + ": " + finding;
  }
}
