package io.iamkit.policy;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value of the policy model would be one that IAM refuses: both {@code Action} and
 * {@code NotAction} in a statement, a {@code Sid} with a dash, an account ID of 11 digits, an empty policy.
 *
 * <p>The message names the element, the field, the reason and the offending value, for example
 * {@code Statement.Sid must be ASCII letters and digits: "my-sid"}. The parts are also available one by one.
 */
public class PolicyValidationException extends IamkitException {
  private static final long serialVersionUID = 1L;

  private final String element;
  private final String field;
  private final @Nullable String value;
  private final String reason;

  /**
   * Creates an exception for {@code element.field} (for example {@code Statement}, {@code Sid}).
   *
   * @param value the offending value, quoted in the message, or null when there is none to quote
   */
  public PolicyValidationException(String element, String field, String reason, @Nullable String value) {
    super(format(element, field, reason, value));
    this.element = element;
    this.field = field;
    this.reason = reason;
    this.value = value;
  }

  /**
   * Used by the generated builders when a required attribute is missing: turns their message, {@code Cannot build
   * Statement, some of required attributes are not set [effect]}, into {@code Statement.Effect is required}.
   */
  PolicyValidationException(String generatedMessage) {
    this(MissingAttributes.parse(generatedMessage));
  }

  private PolicyValidationException(MissingAttributes missing) {
    super(missing.message());
    this.element = missing.element;
    this.field = missing.field;
    this.reason = missing.reason;
    this.value = null;
  }

  /** The element, field and reason read from a message of the generated builders. */
  private static final class MissingAttributes {
    private static final java.util.regex.Pattern GENERATED =
        java.util.regex.Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

    final String element;
    final String field;
    final String reason;

    private MissingAttributes(String element, String field, String reason) {
      this.element = element;
      this.field = field;
      this.reason = reason;
    }

    static MissingAttributes parse(String message) {
      java.util.regex.Matcher matcher = GENERATED.matcher(message);
      if (!matcher.matches()) {
        return new MissingAttributes("", "", message);
      }
      String element = matcher.group(1);
      String field = matcher.group(2);
      if (!element.equals("Condition") && !field.isEmpty()) {
        field = Character.toUpperCase(field.charAt(0)) + field.substring(1);
      }
      return new MissingAttributes(element, field, field.contains(",") ? "are required" : "is required");
    }

    String message() {
      return element.isEmpty() ? reason : element + '.' + field + ' ' + reason;
    }
  }

  private static String format(String element, String field, String reason, @Nullable String value) {
    StringBuilder message = new StringBuilder();
    message.append(element);
    if (!field.isEmpty()) {
      message.append('.').append(field);
    }
    message.append(' ').append(reason);
    if (value != null) {
      message.append(": ").append(quote(value));
    }
    return message.toString();
  }

  /** Quotes a value for a message, escaping quotes and control characters and shortening very long values. */
  static String quote(String value) {
    int limit = 200;
    StringBuilder quoted = new StringBuilder(Math.min(value.length(), limit) + 8).append('"');
    for (int i = 0; i < value.length() && i < limit; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    quoted.append('"');
    if (value.length() > limit) {
      quoted.append("... (").append(value.length()).append(" characters)");
    }
    return quoted.toString();
  }

  /** The policy element that was refused, such as {@code Statement} or {@code AccountId}; empty if unknown. */
  public String element() {
    return element;
  }

  /** The field of the element, such as {@code Sid}; empty when the element itself is meant. */
  public String field() {
    return field;
  }

  /** The offending value as given, or null when there is none (a missing field). */
  public @Nullable String value() {
    return value;
  }

  /** Why the value was refused, in words. */
  public String reason() {
    return reason;
  }
}
