package io.iamkit.policy.json;

import io.iamkit.policy.PolicyDocument;
import java.util.List;

/** A document read by {@link PolicyReader#readWithWarnings}, with what a lenient reader kept but IAM refuses. */
public final class ReadResult {
  private final PolicyDocument document;
  private final List<ParseWarning> warnings;

  ReadResult(PolicyDocument document, List<ParseWarning> warnings) {
    this.document = document;
    this.warnings = List.copyOf(warnings);
  }

  /** The document. */
  public PolicyDocument document() {
    return document;
  }

  /** The warnings in input order; always empty for a strict reader, which fails instead. */
  public List<ParseWarning> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "ReadResult{document=" + document + ", warnings=" + warnings + "}";
  }
}
