package io.iamkit.databricks;

import io.iamkit.policy.SizeCheck;

/** The size of one document of a set-up (or of a role's inline policies together) against its IAM limit. */
public final class DocumentSize {
  private final String document;
  private final SizeCheck check;

  DocumentSize(String document, SizeCheck check) {
    this.document = document;
    this.check = check;
  }

  /** Which document, such as {@code role MyRoleB trust policy}. */
  public String document() {
    return document;
  }

  /** Its size and limit. */
  public SizeCheck check() {
    return check;
  }

  /** Returns e.g. {@code role MyRoleB trust policy: 231 of 2,048 characters for a role trust policy}. */
  @Override
  public String toString() {
    return document + ": " + check;
  }
}
