package io.iamkit.policy;

import java.util.Arrays;
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
  /**
   * Per ASCII character, what it adds in {@link #refusal}: 0 for the characters of a service prefix or action name
   * (letters, digits, - _ . * ?), 1 for ':', 2 for any other.
   */
  private static final byte[] WEIGHT = new byte[128];

  static {
    Arrays.fill(WEIGHT, (byte) 2);
    for (char c = 'a'; c <= 'z'; c++) {
      WEIGHT[c] = 0;
      WEIGHT[c - 'a' + 'A'] = 0;
    }
    for (char c = '0'; c <= '9'; c++) {
      WEIGHT[c] = 0;
    }
    for (char c : "-_.*?".toCharArray()) {
      WEIGHT[c] = 0;
    }
    WEIGHT[':'] = 1;
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
    long refusals = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      refusals += refusal(text.charAt(i));
    }
    return of(text, refusals);
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
    long refusals = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      refusals += refusal(text[i]);
    }
    return of(new String(text, offset, length), refusals);
  }

  /**
   * What {@code c} adds to the count that decides whether a text is an action: 0 for an allowed character, 1 for a
   * colon, 2 for any other ASCII character, 256 for any other. Summed without a branch per character: a branch
   * taken once at an unpredictable place (the colon) costs more than the arithmetic.
   */
  private static int refusal(char c) {
    return WEIGHT[c & 0x7f] | (c >>> 7 == 0 ? 0 : 256);
  }

  /** The action {@code text} whose characters add up to {@code refusals}: 1 exactly when one colon, no other. */
  private static Action of(String text, long refusals) {
    if (refusals == 1) {
      int colon = text.indexOf(':');
      if (colon > 0 && colon < text.length() - 1) {
        return new Action(text);
      }
    }
    return ofInvalidOrAll(text);
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
      if (refusal(c) != 0 && !(c == ':' && i == colon)) {
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
