package io.iamkit.policy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A condition operator of the {@code Condition} element, such as {@code StringEquals}, with the optional
 * {@code IfExists} suffix ({@code StringLikeIfExists}) and the optional set qualifier {@code ForAnyValue:} or
 * {@code ForAllValues:} ({@code ForAnyValue:StringEquals}).
 *
 * <pre>{@code
 * ConditionOperator op = ConditionOperator.parse("ForAllValues:StringLikeIfExists");
 * op.base();        // STRING_LIKE
 * op.qualifier();   // FOR_ALL_VALUES
 * op.ifExists();    // true
 * }</pre>
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">IAM
 *     JSON policy elements: Condition operators</a>
 */
public final class ConditionOperator {
  /** The operator without qualifier or suffix. */
  public enum Base {
    STRING_EQUALS("StringEquals", Category.STRING),
    STRING_NOT_EQUALS("StringNotEquals", Category.STRING),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Category.STRING),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Category.STRING),
    STRING_LIKE("StringLike", Category.STRING),
    STRING_NOT_LIKE("StringNotLike", Category.STRING),
    NUMERIC_EQUALS("NumericEquals", Category.NUMERIC),
    NUMERIC_NOT_EQUALS("NumericNotEquals", Category.NUMERIC),
    NUMERIC_LESS_THAN("NumericLessThan", Category.NUMERIC),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Category.NUMERIC),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Category.NUMERIC),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Category.NUMERIC),
    DATE_EQUALS("DateEquals", Category.DATE),
    DATE_NOT_EQUALS("DateNotEquals", Category.DATE),
    DATE_LESS_THAN("DateLessThan", Category.DATE),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", Category.DATE),
    DATE_GREATER_THAN("DateGreaterThan", Category.DATE),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Category.DATE),
    BOOL("Bool", Category.BOOLEAN),
    BINARY_EQUALS("BinaryEquals", Category.BINARY),
    IP_ADDRESS("IpAddress", Category.IP_ADDRESS),
    NOT_IP_ADDRESS("NotIpAddress", Category.IP_ADDRESS),
    ARN_EQUALS("ArnEquals", Category.ARN),
    ARN_LIKE("ArnLike", Category.ARN),
    ARN_NOT_EQUALS("ArnNotEquals", Category.ARN),
    ARN_NOT_LIKE("ArnNotLike", Category.ARN),
    NULL("Null", Category.NULL);

    private final String jsonName;
    private final Category category;

    Base(String jsonName, Category category) {
      this.jsonName = jsonName;
      this.category = category;
    }

    /** The name as written in a policy, such as {@code StringEquals}. */
    public String jsonName() {
      return jsonName;
    }

    /** The family of values the operator compares. */
    public Category category() {
      return category;
    }

    /**
     * Whether the operator is a negated one ({@code StringNotEquals}, {@code NotIpAddress}, {@code ArnNotLike}):
     * AWS documents that these match when the key is absent from the request.
     */
    public boolean isNegated() {
      return jsonName.contains("Not");
    }
  }

  /** The family of values an operator compares. */
  public enum Category {
    STRING,
    NUMERIC,
    DATE,
    BOOLEAN,
    BINARY,
    IP_ADDRESS,
    ARN,
    NULL
  }

  /** The set operator that prefixes an operator applied to a multivalued key. */
  public enum Qualifier {
    NONE(""),
    FOR_ANY_VALUE("ForAnyValue:"),
    FOR_ALL_VALUES("ForAllValues:");

    private final String prefix;

    Qualifier(String prefix) {
      this.prefix = prefix;
    }

    /** The prefix as written, such as {@code ForAnyValue:}; empty for {@link #NONE}. */
    public String prefix() {
      return prefix;
    }
  }

  public static final ConditionOperator STRING_EQUALS = of(Base.STRING_EQUALS);
  public static final ConditionOperator STRING_NOT_EQUALS = of(Base.STRING_NOT_EQUALS);
  public static final ConditionOperator STRING_LIKE = of(Base.STRING_LIKE);
  public static final ConditionOperator STRING_NOT_LIKE = of(Base.STRING_NOT_LIKE);
  public static final ConditionOperator ARN_EQUALS = of(Base.ARN_EQUALS);
  public static final ConditionOperator ARN_LIKE = of(Base.ARN_LIKE);
  public static final ConditionOperator BOOL = of(Base.BOOL);
  public static final ConditionOperator NULL = of(Base.NULL);

  private static final String IF_EXISTS = "IfExists";
  private static final Map<String, ConditionOperator> KNOWN = new HashMap<>();

  static {
    for (Qualifier qualifier : Qualifier.values()) {
      for (Base base : Base.values()) {
        for (boolean ifExists : new boolean[] {false, true}) {
          if (base != Base.NULL || !ifExists) {
            ConditionOperator operator = new ConditionOperator(qualifier, base, ifExists);
            KNOWN.put(operator.text, operator);
          }
        }
      }
    }
  }

  private final Qualifier qualifier;
  private final Base base;
  private final boolean ifExists;
  private final String text;

  private ConditionOperator(Qualifier qualifier, Base base, boolean ifExists) {
    this.qualifier = qualifier;
    this.base = base;
    this.ifExists = ifExists;
    this.text = qualifier.prefix + base.jsonName + (ifExists ? IF_EXISTS : "");
  }

  /** Returns the plain operator {@code base}. */
  public static ConditionOperator of(Base base) {
    return new ConditionOperator(Qualifier.NONE, base, false);
  }

  /**
   * Returns the operator with the given qualifier and suffix.
   *
   * @throws PolicyValidationException for {@code NullIfExists}, which IAM does not accept
   */
  public static ConditionOperator of(Qualifier qualifier, Base base, boolean ifExists) {
    Objects.requireNonNull(qualifier, "qualifier == null");
    Objects.requireNonNull(base, "base == null");
    if (base == Base.NULL && ifExists) {
      throw new PolicyValidationException(
          "Condition", "operator", "Null takes no IfExists suffix", qualifier.prefix + "NullIfExists");
    }
    return new ConditionOperator(qualifier, base, ifExists);
  }

  /**
   * Parses an operator as written in a policy, such as {@code ForAnyValue:StringLikeIfExists}. Names are
   * case-sensitive, as IAM reads them.
   *
   * @throws PolicyValidationException if the name is not a condition operator IAM knows; the message suggests
   *     the operator meant when only the case differs
   */
  public static ConditionOperator parse(String text) {
    ConditionOperator known = KNOWN.get(text);
    if (known != null) {
      return known;
    }
    String rest = text;
    Qualifier qualifier = Qualifier.NONE;
    if (rest.startsWith(Qualifier.FOR_ANY_VALUE.prefix)) {
      qualifier = Qualifier.FOR_ANY_VALUE;
      rest = rest.substring(Qualifier.FOR_ANY_VALUE.prefix.length());
    } else if (rest.startsWith(Qualifier.FOR_ALL_VALUES.prefix)) {
      qualifier = Qualifier.FOR_ALL_VALUES;
      rest = rest.substring(Qualifier.FOR_ALL_VALUES.prefix.length());
    }
    boolean ifExists = rest.endsWith(IF_EXISTS);
    String baseName = ifExists ? rest.substring(0, rest.length() - IF_EXISTS.length()) : rest;
    for (Base base : Base.values()) {
      if (base.jsonName.equals(baseName)) {
        return of(qualifier, base, ifExists);
      }
    }
    String reason = "is not a condition operator";
    String lower = text.toLowerCase(Locale.ROOT);
    for (Base base : Base.values()) {
      if (lower.contains(base.jsonName.toLowerCase(Locale.ROOT)) && base != Base.NULL) {
        reason = "is not a condition operator (names are case-sensitive; did you mean " + base.jsonName + "?)";
      }
    }
    throw new PolicyValidationException("Condition", "operator", reason, text);
  }

  /** The set qualifier, {@link Qualifier#NONE} when there is none. */
  public Qualifier qualifier() {
    return qualifier;
  }

  /** The operator without qualifier and suffix. */
  public Base base() {
    return base;
  }

  /** Whether the operator carries the {@code IfExists} suffix. */
  public boolean ifExists() {
    return ifExists;
  }

  /** The operator as written in a policy, such as {@code ForAnyValue:StringEquals}. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConditionOperator && ((ConditionOperator) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the operator as written in a policy. */
  @Override
  public String toString() {
    return text;
  }
}
