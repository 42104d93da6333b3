package io.iamkit.policy.json;

/**
 * Something a {@link PolicyReader#lenient() lenient} reader kept but IAM would refuse: an unknown key such as
 * {@code Actions}. It carries the same location as a {@link PolicyParseException}.
 */
public final class ParseWarning {
  private final String reason;
  private final String pointer;
  private final int line;
  private final int column;

  ParseWarning(String reason, String pointer, int line, int column) {
    this.reason = reason;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /** What was found, without the location, such as {@code Unknown key "Actions"}. */
  public String reason() {
    return reason;
  }

  /** The JSON pointer of the object holding the finding, such as {@code /Statement/0}. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column. */
  public int column() {
    return column;
  }

  /** Returns {@code reason at pointer (line L, column C)}. */
  @Override
  public String toString() {
    return reason + " at " + (pointer.isEmpty() ? "/" : pointer) + " (line " + line + ", column " + column + ")";
  }
}
