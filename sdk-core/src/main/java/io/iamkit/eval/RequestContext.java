package io.iamkit.eval;

import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The condition keys of a request and their values, such as {@code sts:ExternalId = "12345"} or the
 * multi-valued {@code aws:TagKeys = ["env", "team"]}.
 *
 * <pre>{@code
 * RequestContext context = RequestContext.builder()
 *     .put("sts:ExternalId", "12345")
 *     .put("aws:CurrentTime", ContextKeyType.DATE, "2024-05-01T12:00:00Z")
 *     .putMulti("aws:TagKeys", ContextKeyType.STRING, "env", "team")
 *     .build();
 * }</pre>
 *
 * <p>Key names are case-insensitive (rule 4, "Key names are case-insensitive", tag keys included):
 * {@code AWS:SourceIp} and {@code aws:sourceip} are one key, and putting both is refused. Values are kept as
 * written; the condition operator decides whether case matters.
 *
 * <p>A key is single-valued ({@link Builder#put}) or multi-valued ({@link Builder#putMulti}); a multi-valued key
 * may hold no value at all, which the set operators treat like a missing key (rule 4, "Set operators").
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS
 *     global condition context keys</a>
 */
public final class RequestContext {
  /** The context without keys. */
  public static final RequestContext EMPTY = new RequestContext(Map.of());

  /** One key with its type and values. */
  static final class Entry {
    final String key;
    final ContextKeyType type;
    final boolean multi;
    final String[] values;

    Entry(String key, ContextKeyType type, boolean multi, String[] values) {
      this.key = key;
      this.type = type;
      this.multi = multi;
      this.values = values;
    }
  }

  /** Lower-case key to entry, in the order put. */
  private final Map<String, Entry> entries;

  private RequestContext(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the context holding single-valued string keys: {@code of("sts:ExternalId", "12345")}. */
  public static RequestContext of(String key, String value) {
    return builder().put(key, value).build();
  }

  /** Returns a builder holding this context's keys. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    for (Entry entry : entries.values()) {
      builder.add(entry.key, entry.type, entry.multi, entry.values);
    }
    return builder;
  }

  /** Whether the context holds {@code key} (case-insensitive). */
  public boolean contains(String key) {
    return entries.containsKey(key.toLowerCase(Locale.ROOT));
  }

  /** The values of {@code key} (case-insensitive); empty when absent or multi-valued and empty. */
  public List<String> values(String key) {
    Entry entry = entries.get(key.toLowerCase(Locale.ROOT));
    return entry == null ? List.of() : List.of(entry.values);
  }

  /** The type of {@code key}, if present. */
  public Optional<ContextKeyType> type(String key) {
    Entry entry = entries.get(key.toLowerCase(Locale.ROOT));
    return entry == null ? Optional.empty() : Optional.of(entry.type);
  }

  /** Whether {@code key} is present and multi-valued. */
  public boolean isMultiValued(String key) {
    Entry entry = entries.get(key.toLowerCase(Locale.ROOT));
    return entry != null && entry.multi;
  }

  /** The keys, as first written, in the order put. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(entries.size());
    for (Entry entry : entries.values()) {
      keys.add(entry.key);
    }
    return Collections.unmodifiableList(keys);
  }

  /** Whether the context holds no key. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entry of a lower-case key, or null. */
  @Nullable Entry entry(String lowerKey) {
    return entries.isEmpty() ? null : entries.get(lowerKey);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RequestContext)) {
      return false;
    }
    Map<String, Entry> those = ((RequestContext) other).entries;
    if (!those.keySet().equals(entries.keySet())) {
      return false;
    }
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      Entry a = e.getValue();
      Entry b = those.get(e.getKey());
      if (a.type != b.type || a.multi != b.multi || !java.util.Arrays.equals(a.values, b.values)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return entries.keySet().hashCode();
  }

  /** Returns the keys and values, such as {@code {sts:ExternalId=12345, aws:TagKeys=[env, team]}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    String separator = "";
    for (Entry entry : entries.values()) {
      text.append(separator).append(entry.key).append('=');
      text.append(entry.multi ? List.of(entry.values).toString() : entry.values[0]);
      separator = ", ";
    }
    return text.append('}').toString();
  }

  /** Builds a {@link RequestContext}. */
  public static final class Builder {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Builder() {}

    /** Puts a single-valued string key. */
    public Builder put(String key, String value) {
      return put(key, ContextKeyType.STRING, value);
    }

    /**
     * Puts a single-valued key of the given type.
     *
     * @throws PolicyValidationException if the key is already present (in any case), or the value is not of the
     *     type
     */
    public Builder put(String key, ContextKeyType type, String value) {
      Objects.requireNonNull(value, "value == null");
      return add(key, type, false, new String[] {value});
    }

    /**
     * Puts a multi-valued key, such as {@code aws:TagKeys}; it may hold no value.
     *
     * @throws PolicyValidationException if the key is already present (in any case), or a value is not of the
     *     type
     */
    public Builder putMulti(String key, ContextKeyType type, String... values) {
      String[] copy = values.clone();
      for (String value : copy) {
        Objects.requireNonNull(value, "value == null");
      }
      return add(key, type, true, copy);
    }

    /** Puts a multi-valued key. */
    public Builder putMulti(String key, ContextKeyType type, List<String> values) {
      return putMulti(key, type, values.toArray(new String[0]));
    }

    /** Puts every key of {@code context}. */
    public Builder putAll(RequestContext context) {
      for (Entry entry : context.entries.values()) {
        add(entry.key, entry.type, entry.multi, entry.values);
      }
      return this;
    }

    Builder add(String key, ContextKeyType type, boolean multi, String[] values) {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(type, "type == null");
      if (key.isEmpty()) {
        throw new PolicyValidationException("RequestContext", "key", "must not be empty", key);
      }
      for (String value : values) {
        if (!isOfType(type, value)) {
          throw new PolicyValidationException("RequestContext", key, "is not a valid " + type + " value", value);
        }
      }
      String lower = key.toLowerCase(Locale.ROOT);
      if (entries.containsKey(lower)) {
        throw new PolicyValidationException("RequestContext", key, "is already present (key names are "
            + "case-insensitive)", entries.get(lower).key);
      }
      entries.put(lower, new Entry(key, type, multi, values));
      return this;
    }

    private static boolean isOfType(ContextKeyType type, String value) {
      switch (type) {
        case ARN:
          return Arn.tryParse(value).isPresent();
        case NUMERIC:
          return Values.number(value) != null;
        case DATE:
          return Values.date(value) != null;
        case BOOLEAN:
          return Values.bool(value) != null;
        case IP:
          return Values.ip(value) != null;
        case BINARY:
          return Values.binary(value) != null;
        default:
          return true;
      }
    }

    /** Returns the context. */
    public RequestContext build() {
      return entries.isEmpty() ? EMPTY : new RequestContext(new LinkedHashMap<>(entries));
    }
  }
}
