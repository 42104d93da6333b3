package io.iamkit.setupfile;

import io.iamkit.policy.IamkitException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a set-up file is not valid JSON or breaks the set-up file schema: an unknown key, a missing or
 * mistyped value, a value a set-up refuses, or two set-ups creating the same resource.
 *
 * <p>It says where, as {@code demo.json: Unknown key "externalID" at /setups/0 (line 7, column 7)}: the source, the
 * reason, the JSON pointer (RFC 6901) of the offending field and its 1-based line and column.
 */
public final class SetupFileException extends IamkitException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;
  private final String pointer;
  private final int line;
  private final int column;

  SetupFileException(String source, String reason, String pointer, int line, int column, @Nullable Throwable cause) {
    super(format(source, reason, pointer, line, column), cause);
    this.source = source;
    this.reason = reason;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  private static String format(String source, String reason, String pointer, int line, int column) {
    StringBuilder message = new StringBuilder(source).append(": ").append(reason)
        .append(" at ").append(pointer.isEmpty() ? "/" : pointer);
    if (line > 0) {
      message.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return message.toString();
  }

  /** The file name or other name of the input, as given to {@link SetupFile#read(String, String)}. */
  public String source() {
    return source;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }

  /** The JSON pointer of the offending field, such as {@code /setups/1/externalId}; empty for the root. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line of the offending field, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending field, or 0 when unknown. */
  public int column() {
    return column;
  }
}
