package io.iamkit.databricks;

import io.iamkit.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a pattern renders: a policy document, or for configuration patterns (the cluster Spark config) lines of
 * text such as {@code spark.hadoop.fs.s3a.credentialsType AssumeRole}.
 */
public final class PatternOutput {
  private final @Nullable PolicyDocument document;
  private final List<String> lines;

  private PatternOutput(@Nullable PolicyDocument document, List<String> lines) {
    this.document = document;
    this.lines = lines;
  }

  /** Returns the output holding a policy document. */
  public static PatternOutput of(PolicyDocument document) {
    return new PatternOutput(Objects.requireNonNull(document, "document == null"), List.of());
  }

  /** Returns the output holding lines of text. */
  public static PatternOutput lines(List<String> lines) {
    return new PatternOutput(null, List.copyOf(lines));
  }

  /** The document, unless the pattern renders text. */
  public Optional<PolicyDocument> document() {
    return Optional.ofNullable(document);
  }

  /** The lines of text; empty when the pattern renders a document. */
  public List<String> lines() {
    return lines;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PatternOutput
        && Objects.equals(((PatternOutput) other).document, document)
        && ((PatternOutput) other).lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, lines);
  }

  @Override
  public String toString() {
    return document != null ? "PatternOutput{" + document + "}" : "PatternOutput{" + lines + "}";
  }
}
