package io.iamkit.policy.json;

import io.iamkit.policy.IamkitException;

/**
 * Thrown when text cannot be read as a policy document: malformed or truncated JSON, an unknown key in strict
 * mode, a value of the wrong type, a value the model refuses, or input over a {@link ReadLimits limit}.
 *
 * <p>It says where: the 1-based line and column and the JSON pointer of the offending element, as in
 * {@code Unknown key "Actions" at /Statement/0 (line 4, column 7)}.
 */
public final class PolicyParseException extends IamkitException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String pointer;
  private final int line;
  private final int column;

  PolicyParseException(String reason, String pointer, int line, int column, Throwable cause) {
    super(format(reason, pointer, line, column), cause);
    this.reason = reason;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  PolicyParseException(String reason, String pointer, int line, int column) {
    super(format(reason, pointer, line, column));
    this.reason = reason;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  private static String format(String reason, String pointer, int line, int column) {
    StringBuilder message = new StringBuilder(reason).append(" at ").append(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      message.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return message.toString();
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }

  /** The JSON pointer (RFC 6901) of the offending element, such as {@code /Statement/0}; empty for the root. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line of the offending input, or 0 when unknown (input that could not be read at all). */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending input, or 0 when unknown. */
  public int column() {
    return column;
  }
}
