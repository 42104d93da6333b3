package io.iamkit.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * An action in the {@code Action} or {@code NotAction} element: a service prefix and an action name, as in
 * {@code s3:GetObject}, or {@code *} for every action. The name may hold the wildcards {@code *} and {@code ?}
 * ({@code s3:Get*}).
 *
 * <p>IAM compares actions without regard to case, and so does {@link #equals}: {@code S3:getobject} equals
 * {@code s3:GetObject}. The text is kept exactly as written, for output.
 *
 * <pre>{@code
 * Action assumeRole = Action.of("sts:AssumeRole");
 * assumeRole.service();   // "sts"
 * assumeRole.name();      // "AssumeRole"
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">IAM
 *     JSON policy elements: Action</a>
 */
public final class Action {
  /** The characters of a service prefix or action name, ASCII-indexed: letters, digits, - _ . * ?. */
  private static final boolean[] ALLOWED = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ALLOWED[c] = true;
      ALLOWED[c - 'a' + 'A'] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      ALLOWED[c] = true;
    }
    for (char c : "-_.*?".toCharArray()) {
      ALLOWED[c] = true;
    }
  }

  /** Per ASCII character: 0 for the characters of a service prefix or name, 1 for ':', 2 for any other. */
  private static final byte[] REFUSED = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      REFUSED[c] = (byte) (ALLOWED[c] ? 0 : c == ':' ? 1 : 2);
    }
  }

  /** Every action of every service: {@code *}. */
  public static final Action ALL = new Action("*");
  /** {@code sts:AssumeRole}, the action a trust policy allows. */
  public static final Action STS_ASSUME_ROLE = of("sts:AssumeRole");

  /**
   * The text as written: the only field, so that an action is the smallest object the JVM makes (a document of
   * the AWS managed policies holds 37 on average). The colon is found again when asked for.
   */
  private final String text;

  private Action(String text) {
    this.text = text;
  }

  /**
   * Returns the action written as {@code text}: {@code *}, or {@code service:name}.
   *
   * @throws PolicyValidationException if the text is empty, has no {@code :}, has an empty service prefix or
   *     name, or holds whitespace or characters that no action name has
   */
  public static Action of(String text) {
    // One pass in the common case: every character allowed, exactly one colon, neither end empty.
    int length = text.length();
    int colon = -1;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 128 || !ALLOWED[c]) {
        if (c != ':' || colon >= 0) {
          return ofInvalidOrAll(text);
        }
        colon = i;
      }
    }
    if (colon <= 0 || colon == length - 1) {
      return ofInvalidOrAll(text);
    }
    return new Action(text);
  }

  /**
   * Returns the action written as the {@code length} characters of {@code text} from {@code offset}, checked as
   * {@link #of(String)} checks them; for readers that hold the text in a buffer, such as a JSON parser's. The
   * characters are copied.
   *
   * @throws PolicyValidationException as {@link #of(String)}
   * @throws IndexOutOfBoundsException if the range is not within {@code text}
   */
  public static Action of(char[] text, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, text.length);
    // Branch-free over the characters: a branch taken once at an unpredictable place (the colon) costs more than
    // the arithmetic. The sum is 1 exactly when the text holds one colon and otherwise only allowed characters.
    long sum = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = text[i];
      sum |= (c >>> 7) << 8;
      sum += REFUSED[c & 0x7f];
    }
    String string = new String(text, offset, length);
    if (sum == 1) {
      int colon = string.indexOf(':');
      if (colon > 0 && colon < length - 1) {
        return new Action(string);
      }
    }
    return ofInvalidOrAll(string);
  }

  /** The slow path of {@link #of}: {@code *}, or the reason the text is no action. */
  private static Action ofInvalidOrAll(String text) {
    if (text.equals("*")) {
      return ALL;
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw invalid(text, "must be \"*\" or \"service:action\"");
    }
    if (colon == 0) {
      throw invalid(text, "has an empty service prefix");
    }
    if (colon == text.length() - 1) {
      throw invalid(text, "has an empty action name");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c < 128 ? ALLOWED[c] : false;
      if (!ok && !(c == ':' && i == colon)) {
        throw invalid(text, "may hold only letters, digits, - _ . * ? and one \":\" (character " + (i + 1) + ")");
      }
    }
    throw new IllegalStateException("unreachable: " + text);
  }

  /** Returns the action {@code service:name}. */
  public static Action of(String service, String name) {
    return of(service + ':' + name);
  }

  private static PolicyValidationException invalid(String text, String reason) {
    return new PolicyValidationException("Statement", "Action", reason, text);
  }

  /** The service prefix, such as {@code s3}, as written; {@code *} for {@link #ALL}. */
  public String service() {
    int colon = text.indexOf(':');
    return colon < 0 ? "*" : text.substring(0, colon);
  }

  /** The action name, such as {@code GetObject}, as written; {@code *} for {@link #ALL}. */
  public String name() {
    int colon = text.indexOf(':');
    return colon < 0 ? "*" : text.substring(colon + 1);
  }

  /** Whether the action holds a wildcard ({@code *} or {@code ?}), and so stands for a pattern of actions. */
  public boolean hasWildcard() {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  /** The action in lower case: the form in which IAM compares actions. */
  public String canonical() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The action exactly as written. */
  public String text() {
    return text;
  }

  /**
   * Actions are equal when their texts are equal regardless of case, as IAM compares them. Actions hold only
   * ASCII characters, for which this is the same as comparing their lower-case forms.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Action && ((Action) other).text.equalsIgnoreCase(text);
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return h;
  }

  /** Returns the action exactly as written, such as {@code s3:GetObject}. */
  @Override
  public String toString() {
    return text;
  }
}
