package io.iamkit.lint;

import java.util.Objects;

/**
 * One thing the {@link Linter} found in a policy document: a {@link FindingCode} (with its {@link Severity}), a
 * message in plain words and the JSON pointer of the element concerned, such as {@code /Statement/0/Principal}
 * ({@code ""} for the whole document).
 *
 * <pre>{@code
 * for (Finding finding : Linter.create().lint(document, PolicyKind.TRUST)) {
 *   System.out.println(finding);   // ERROR TRUST_NOT_PRINCIPAL at /Statement/0/NotPrincipal: ...
 * }
 * }</pre>
 */
public final class Finding {
  private final FindingCode code;
  private final String path;
  private final String message;

  private Finding(FindingCode code, String path, String message) {
    this.code = code;
    this.path = path;
    this.message = message;
  }

  /** Returns the finding {@code code} at the JSON pointer {@code path}. */
  public static Finding of(FindingCode code, String path, String message) {
    return new Finding(
        Objects.requireNonNull(code, "code == null"),
        Objects.requireNonNull(path, "path == null"),
        Objects.requireNonNull(message, "message == null"));
  }

  /** The severity of the finding's code. */
  public Severity severity() {
    return code.severity();
  }

  /** What was found. */
  public FindingCode code() {
    return code;
  }

  /** The JSON pointer (RFC 6901) of the element concerned; {@code ""} for the whole document. */
  public String path() {
    return path;
  }

  /** What is wrong and, where there is one, what to do about it. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return code == that.code && path.equals(that.path) && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, path, message);
  }

  /** Returns {@code SEVERITY CODE at /pointer: message}, with {@code /} for the whole document. */
  @Override
  public String toString() {
    return severity() + " " + code + " at " + (path.isEmpty() ? "/" : path) + ": " + message;
  }
}
