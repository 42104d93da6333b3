package io.iamkit.policy.json;

/**
 * Bounds on what a {@link PolicyReader} accepts, so that hostile input fails fast with a
 * {@link PolicyParseException} instead of exhausting the stack or the heap.
 *
 * <p>The defaults are far above anything IAM accepts (its largest policies are a few hundred kilobytes of AWS
 * managed policy; customer policies are at most 10,240 characters) and far below what would hurt a JVM:
 * 1,048,576 characters per document, nesting depth 32 (a policy needs 6), 65,536 characters per string.
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new ReadLimits(1 << 20, 32, 1 << 16);

  private final int maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;

  private ReadLimits(int maxDocumentLength, int maxNestingDepth, int maxStringLength) {
    if (maxDocumentLength < 2 || maxNestingDepth < 6 || maxStringLength < 1) {
      throw new IllegalArgumentException(
          "limits too small to read any policy: document " + maxDocumentLength + ", depth " + maxNestingDepth
              + ", string " + maxStringLength);
    }
    this.maxDocumentLength = maxDocumentLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** Returns a copy with another maximum document length, in characters (bytes for byte input). */
  public ReadLimits withMaxDocumentLength(int characters) {
    return new ReadLimits(characters, maxNestingDepth, maxStringLength);
  }

  /** Returns a copy with another maximum nesting depth of arrays and objects; at least 6. */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentLength, depth, maxStringLength);
  }

  /** Returns a copy with another maximum length of one string or key, in characters. */
  public ReadLimits withMaxStringLength(int characters) {
    return new ReadLimits(maxDocumentLength, maxNestingDepth, characters);
  }

  /** The maximum document length. */
  public int maxDocumentLength() {
    return maxDocumentLength;
  }

  /** The maximum nesting depth. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The maximum string length. */
  public int maxStringLength() {
    return maxStringLength;
  }

  @Override
  public String toString() {
    return "ReadLimits{maxDocumentLength=" + maxDocumentLength + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength + "}";
  }
}
