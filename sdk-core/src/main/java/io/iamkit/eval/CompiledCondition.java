package io.iamkit.eval;

import io.iamkit.policy.Condition;
import io.iamkit.policy.ConditionOperator;
import io.iamkit.policy.ConditionOperator.Base;
import io.iamkit.policy.ConditionOperator.Category;
import io.iamkit.policy.ConditionOperator.Qualifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One compiled condition, {@code "StringEquals": {"sts:ExternalId": ["a", "b"]}}, evaluated per rule 4:
 *
 * <ul>
 *   <li>Values of one key are alternatives (OR); for negated operators ({@code StringNotEquals},
 *       {@code NotIpAddress}, {@code ArnNotLike}...) the request value must match none of them (MULTI lines 17,
 *       36).
 *   <li>Missing key (OPS line 10): false, except negated operators, which are true; {@code ...IfExists} is true;
 *       {@code ForAllValues:} is true and {@code ForAnyValue:} false when the key is missing or empty (MULTI lines
 *       49, 129, 238). A multi-valued key with no value counts as missing.
 *   <li>{@code Null}: {@code "true"} holds when the key is absent, {@code "false"} when present (OPS lines
 *       394-396).
 *   <li>{@code ForAnyValue:} holds when some request value satisfies the operator, {@code ForAllValues:} when
 *       every one does; a single-valued key is a set of one.
 *   <li>String operators are case-sensitive except {@code ...IgnoreCase}; {@code StringLike} has {@code *} and
 *       {@code ?} anywhere. {@code ArnEquals} and {@code ArnLike} are the same operator: each of the six
 *       colon-separated parts is matched on its own, case-sensitively, with wildcards (OPS line 290).
 *       {@code Bool} ignores case. Numbers compare exactly (decimal), dates as instants, {@code IpAddress} by CIDR
 *       block (a bare address is {@code /32}), {@code BinaryEquals} by bytes after base64 decoding.
 *   <li>Policy variables are substituted in String and ARN operators only, and only under version 2012-10-17
 *       (VARS lines 87, 191).
 * </ul>
 *
 * <p>Fail closed ({@link Tri#UNKNOWN}: an Allow does not match, a Deny does):
 *
 * <ul>
 *   <li>a policy value that does not parse for its operator (a number, date, IP block, base64, {@code true} or
 *       {@code false}, a six-part ARN), or a request value that does not;
 *   <li>a plain (not {@code ForAnyValue:}/{@code ForAllValues:}) operator on a request key with more than one
 *       value: AWS is observed to return no match, but does not document it (rule 4, "Single-valued operator on a
 *       multi-valued request value");
 *   <li>{@code Null} on a key that is present but empty (an empty string or no value): undocumented (COND line 62);
 *   <li>{@code ForAnyValue:Null} and {@code ForAllValues:Null}, which have no documented meaning;
 *   <li>an unresolved policy variable under a <em>negated</em> operator (the docs are ambiguous; under a positive
 *       operator the value simply does not match, VARS lines 247-251), and a malformed one under any operator.
 * </ul>
 */
final class CompiledCondition {
  final Condition source;
  private final Base base;
  private final Category category;
  private final boolean negated;
  private final Qualifier qualifier;
  private final boolean ifExists;
  final String lowerKey;
  private final int derived;
  private final String[] texts;
  private final @Nullable Template[] templates;
  private final @Nullable Object[] parsed;
  final @Nullable String problem;

  private CompiledCondition(Condition source, boolean variables) {
    this.source = source;
    ConditionOperator operator = source.operator();
    this.base = operator.base();
    this.category = base.category();
    this.negated = base.isNegated();
    this.qualifier = operator.qualifier();
    this.ifExists = operator.ifExists();
    this.lowerKey = source.key().toLowerCase(Locale.ROOT);
    this.derived = DerivedKeys.indexOf(lowerKey);
    List<String> values = source.values();
    this.texts = values.toArray(new String[0]);
    this.templates = new Template[texts.length];
    this.parsed = new Object[texts.length];
    String why = null;
    if (base == Base.NULL && qualifier != Qualifier.NONE) {
      why = operator + " has no documented meaning";
    }
    for (int i = 0; i < texts.length; i++) {
      String text = texts[i];
      switch (category) {
        case STRING:
        case ARN:
          templates[i] = variables ? Template.compile(text) : null;
          break;
        case NUMERIC:
          parsed[i] = Values.number(text);
          break;
        case DATE:
          parsed[i] = Values.date(text);
          break;
        case BOOLEAN:
        case NULL:
          parsed[i] = Values.bool(text);
          break;
        case BINARY:
          parsed[i] = Values.binary(text);
          break;
        case IP_ADDRESS:
          parsed[i] = Values.cidr(text);
          break;
        default:
          break;
      }
    }
    this.problem = why;
  }

  static CompiledCondition compile(Condition condition, boolean variables) {
    return new CompiledCondition(condition, variables);
  }

  int evaluate(Request request) {
    if (problem != null) {
      return Tri.UNKNOWN;
    }
    RequestContext.Entry entry = request.lookup(lowerKey, derived);
    if (base == Base.NULL) {
      return evaluateNull(entry);
    }
    int count = entry == null ? 0 : entry.values.length;
    if (count == 0) {
      if (ifExists) {
        return Tri.YES;
      }
      if (qualifier == Qualifier.FOR_ALL_VALUES) {
        return Tri.YES;
      }
      if (qualifier == Qualifier.FOR_ANY_VALUE) {
        return Tri.NO;
      }
      return negated ? Tri.YES : Tri.NO;
    }
    if (qualifier == Qualifier.NONE) {
      return count > 1 ? Tri.UNKNOWN : single(entry.values[0], request);
    }
    boolean all = qualifier == Qualifier.FOR_ALL_VALUES;
    int result = all ? Tri.YES : Tri.NO;
    for (String value : entry.values) {
      int one = single(value, request);
      result = all ? Tri.and(result, one) : Tri.or(result, one);
      if (result == (all ? Tri.NO : Tri.YES)) {
        break;
      }
    }
    return result;
  }

  private int evaluateNull(RequestContext.@Nullable Entry entry) {
    boolean present = entry != null;
    if (present) {
      if (entry.values.length == 0) {
        return Tri.UNKNOWN;
      }
      for (String value : entry.values) {
        if (value.isEmpty()) {
          return Tri.UNKNOWN;
        }
      }
    }
    int result = Tri.NO;
    for (Object value : parsed) {
      result = Tri.or(result, value == null ? Tri.UNKNOWN : Tri.of(((Boolean) value) != present));
    }
    return result;
  }

  /** The operator on one request value: any policy value matches, or for negated operators none does. */
  private int single(String value, Request request) {
    int any = Tri.NO;
    for (int i = 0; i < texts.length && any != Tri.YES; i++) {
      any = Tri.or(any, matchValue(i, value, request));
    }
    return negated ? Tri.not(any) : any;
  }

  /** Whether policy value {@code i} matches the request value under the positive form of the operator. */
  private int matchValue(int i, String value, Request request) {
    switch (category) {
      case STRING:
      case ARN:
        return matchText(i, value, request);
      case NUMERIC: {
        BigDecimal policy = (BigDecimal) parsed[i];
        BigDecimal actual = Values.number(value);
        return policy == null || actual == null ? Tri.UNKNOWN : Tri.of(compares(actual.compareTo(policy)));
      }
      case DATE: {
        Instant policy = (Instant) parsed[i];
        Instant actual = Values.date(value);
        return policy == null || actual == null ? Tri.UNKNOWN : Tri.of(compares(actual.compareTo(policy)));
      }
      case BOOLEAN: {
        Boolean policy = (Boolean) parsed[i];
        Boolean actual = Values.bool(value);
        return policy == null || actual == null ? Tri.UNKNOWN : Tri.of(policy.equals(actual));
      }
      case BINARY: {
        byte[] policy = (byte[]) parsed[i];
        byte[] actual = Values.binary(value);
        return policy == null || actual == null ? Tri.UNKNOWN : Tri.of(Arrays.equals(policy, actual));
      }
      case IP_ADDRESS: {
        byte[] block = (byte[]) parsed[i];
        byte[] actual = Values.ip(value);
        return block == null || actual == null ? Tri.UNKNOWN : Tri.of(Values.inCidr(block, actual));
      }
      default:
        return Tri.UNKNOWN;
    }
  }

  private boolean compares(int cmp) {
    switch (base) {
      case NUMERIC_LESS_THAN:
      case DATE_LESS_THAN:
        return cmp < 0;
      case NUMERIC_LESS_THAN_EQUALS:
      case DATE_LESS_THAN_EQUALS:
        return cmp <= 0;
      case NUMERIC_GREATER_THAN:
      case DATE_GREATER_THAN:
        return cmp > 0;
      case NUMERIC_GREATER_THAN_EQUALS:
      case DATE_GREATER_THAN_EQUALS:
        return cmp >= 0;
      default:
        return cmp == 0;
    }
  }

  private int matchText(int i, String value, Request request) {
    Template template = templates[i];
    String policy = texts[i];
    boolean[] literal = null;
    if (template != null) {
      if (template.malformed) {
        return Tri.UNKNOWN;
      }
      Template.Resolved resolved = template.resolve(request);
      if (resolved == null) {
        return negated ? Tri.UNKNOWN : Tri.NO;
      }
      policy = resolved.text;
      literal = resolved.literal;
    }
    switch (base) {
      case STRING_EQUALS:
      case STRING_NOT_EQUALS:
        return Tri.of(policy.equals(value));
      case STRING_EQUALS_IGNORE_CASE:
      case STRING_NOT_EQUALS_IGNORE_CASE:
        return Tri.of(policy.equalsIgnoreCase(value));
      case STRING_LIKE:
      case STRING_NOT_LIKE:
        return Tri.of(Glob.matches(policy, 0, policy.length(), literal, value, 0, value.length()));
      default:
        return arnMatch(policy, literal, value);
    }
  }

  /** ArnEquals/ArnLike: the six parts matched one by one; not understood unless both are six-part ARNs. */
  static int arnMatch(String policy, boolean @Nullable [] literal, String value) {
    if (colons(policy) < 5 || colons(value) < 5) {
      return Tri.UNKNOWN;
    }
    int p = 0;
    int t = 0;
    for (int part = 0; part < 6; part++) {
      int pEnd = part < 5 ? policy.indexOf(':', p) : policy.length();
      int tEnd = part < 5 ? value.indexOf(':', t) : value.length();
      if (!Glob.matches(policy, p, pEnd, literal, value, t, tEnd)) {
        return Tri.NO;
      }
      p = pEnd + 1;
      t = tEnd + 1;
    }
    return Tri.YES;
  }

  private static int colons(String text) {
    int count = 0;
    for (int i = text.indexOf(':'); i >= 0 && count < 5; i = text.indexOf(':', i + 1)) {
      count++;
    }
    return count;
  }

  /** Whether the key is absent from the request (for the missing-keys report). */
  boolean keyMissing(Request request) {
    return request.lookup(lowerKey, derived) == null;
  }

  /** Why the condition gave {@code result}, in words. */
  String explain(Request request, int result) {
    StringBuilder text = new StringBuilder().append(source.operator()).append(' ').append(source.key());
    if (problem != null) {
      return text.append(": ").append(problem).append(" (not understood: fails closed)").toString();
    }
    RequestContext.Entry entry = request.lookup(lowerKey, derived);
    if (entry == null) {
      text.append(": key missing from the request");
    } else {
      text.append(": request ").append(entry.multi ? Arrays.toString(entry.values) : "\"" + entry.values[0] + "\"");
    }
    text.append(", policy ").append(texts.length == 1 ? "\"" + texts[0] + "\"" : Arrays.toString(texts));
    if (result == Tri.UNKNOWN) {
      text.append(": not understood (fails closed): ").append(unknownReason(request, entry));
    } else {
      text.append(result == Tri.YES ? ": holds" : ": does not hold");
    }
    return text.toString();
  }

  private String unknownReason(Request request, RequestContext.@Nullable Entry entry) {
    if (base == Base.NULL) {
      return entry != null ? "Null on a key that is present but empty is undocumented (COND line 62)"
          : "a Null value other than true or false";
    }
    if (entry != null && qualifier == Qualifier.NONE && entry.values.length > 1) {
      return "a single-valued operator on a key with several values; use ForAnyValue: or ForAllValues: "
          + "(MULTI line 40)";
    }
    for (int i = 0; i < texts.length; i++) {
      Template template = templates[i];
      if (template != null && template.malformed) {
        return "malformed policy variable in \"" + texts[i] + "\"";
      }
      if (template != null && template.resolve(request) == null) {
        return "policy variable " + template.unresolvedNames(request) + " unresolved under a negated operator";
      }
      if ((category != Category.STRING && category != Category.ARN) && parsed[i] == null) {
        return "policy value \"" + texts[i] + "\" is not a valid " + category.name().toLowerCase(Locale.ROOT)
            + " value";
      }
    }
    if (category == Category.ARN) {
      return "a policy or request value is not a six-part ARN";
    }
    return "a request value is not a valid " + category.name().toLowerCase(Locale.ROOT) + " value";
  }
}
