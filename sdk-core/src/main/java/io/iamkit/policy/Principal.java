package io.iamkit.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code Principal} (or {@code NotPrincipal}) element of a statement: who the statement applies to, by type
 * ({@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}), each type with one or more IDs.
 *
 * <pre>{@code
 * Principal.ALL                                            // "Principal": "*"
 * Principal.aws("414351767826")                           // {"AWS": "414351767826"}
 * Principal.aws(Arn.role(Partition.AWS, account, "MyRoleA"))
 * Principal.service("ec2.amazonaws.com")
 * Principal.builder().addAws("arn:aws:iam::111122223333:root").addService("s3.amazonaws.com").build()
 * }</pre>
 *
 * <p>Equality is semantic: {@code "*"} equals {@code {"AWS": "*"}} (AWS documents them as the same), and a
 * scalar equals a one-element array. Types compare in any order; the IDs of one type compare in order. How the
 * principal is written in JSON ({@link #writtenAsStar()}, {@link #form(PrincipalType)}) is kept for output only.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
 *     JSON policy elements: Principal</a>
 */
public final class Principal {
  /** Everyone, anonymous users included, written {@code "Principal": "*"}. */
  public static final Principal ALL = builder().addAws("*").writtenAsStar(true).build();

  private final Map<PrincipalType, List<String>> ids;
  private final Map<PrincipalType, ValueForm> forms;
  private final boolean star;

  private Principal(Map<PrincipalType, List<String>> ids, Map<PrincipalType, ValueForm> forms, boolean star) {
    this.ids = ids;
    this.forms = forms;
    this.star = star;
  }

  /** Returns the principal {@code {"AWS": ids}}: accounts, users, roles, sessions or {@code *}. */
  public static Principal aws(String... ids) {
    return builder().addAws(ids).build();
  }

  /** Returns the principal {@code {"AWS": arn}}. */
  public static Principal aws(Arn arn) {
    return aws(arn.toString());
  }

  /** Returns the principal {@code {"AWS": "<12 digits>"}}, the account as the Databricks documents print it. */
  public static Principal account(AccountId account) {
    return aws(account.value());
  }

  /** Returns the principal {@code {"Service": ids}}, such as {@code ec2.amazonaws.com}. */
  public static Principal service(String... ids) {
    return builder().addService(ids).build();
  }

  /** Returns the principal {@code {"Federated": ids}}. */
  public static Principal federated(String... ids) {
    return builder().add(PrincipalType.FEDERATED, ids).build();
  }

  /** Returns the principal {@code {"CanonicalUser": ids}}. */
  public static Principal canonicalUser(String... ids) {
    return builder().add(PrincipalType.CANONICAL_USER, ids).build();
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this principal. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    ids.forEach((type, values) -> builder.add(type, values));
    builder.forms.putAll(forms);
    builder.star = star;
    return builder;
  }

  /** The IDs by type, in the order the types were given. */
  public Map<PrincipalType, List<String>> ids() {
    return ids;
  }

  /** The IDs of one type, in order; empty when the principal has none of that type. */
  public List<String> ids(PrincipalType type) {
    List<String> values = ids.get(type);
    return values == null ? List.of() : values;
  }

  /** The {@code AWS} IDs: account IDs, ARNs, {@code *}. */
  public List<String> aws() {
    return ids(PrincipalType.AWS);
  }

  /** The {@code Service} IDs. */
  public List<String> services() {
    return ids(PrincipalType.SERVICE);
  }

  /** Whether this principal names everyone: its {@code AWS} IDs include {@code *}. */
  public boolean isAll() {
    return aws().contains("*");
  }

  /** Whether the principal is written as the bare string {@code "*"}; not part of equality. */
  public boolean writtenAsStar() {
    return star;
  }

  /** How the IDs of {@code type} are written in JSON; not part of equality. */
  public ValueForm form(PrincipalType type) {
    ValueForm form = forms.get(type);
    return form == null ? ValueForm.SCALAR_IF_SINGLE : form;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Principal && ((Principal) other).ids.equals(ids);
  }

  @Override
  public int hashCode() {
    return ids.hashCode();
  }

  /** Returns the principal as {@code Principal{*}} or {@code Principal{AWS=[...], Service=[...]}}. */
  @Override
  public String toString() {
    if (star) {
      return "Principal{*}";
    }
    StringBuilder text = new StringBuilder("Principal{");
    String separator = "";
    for (Map.Entry<PrincipalType, List<String>> entry : ids.entrySet()) {
      text.append(separator).append(entry.getKey().jsonName()).append('=').append(entry.getValue());
      separator = ", ";
    }
    return text.append('}').toString();
  }

  /** Builds a {@link Principal}; at least one ID is required. */
  public static final class Builder {
    private final Map<PrincipalType, List<String>> ids = new LinkedHashMap<>();
    private final Map<PrincipalType, ValueForm> forms = new EnumMap<>(PrincipalType.class);
    private boolean star;

    Builder() {}

    /** Appends IDs of the given type, after those already added. */
    public Builder add(PrincipalType type, String... values) {
      Objects.requireNonNull(type, "type == null");
      List<String> list = ids.computeIfAbsent(type, t -> new ArrayList<>(2));
      for (String value : values) {
        list.add(Objects.requireNonNull(value, "principal id == null"));
      }
      return this;
    }

    /** Appends IDs of the given type, after those already added. */
    public Builder add(PrincipalType type, List<String> values) {
      return add(type, values.toArray(new String[0]));
    }

    /** Appends {@code AWS} IDs. */
    public Builder addAws(String... values) {
      return add(PrincipalType.AWS, values);
    }

    /** Appends {@code Service} IDs. */
    public Builder addService(String... values) {
      return add(PrincipalType.SERVICE, values);
    }

    /** Sets how the IDs of {@code type} are written in JSON. By default one ID is a scalar. */
    public Builder form(PrincipalType type, ValueForm form) {
      forms.put(Objects.requireNonNull(type, "type == null"), Objects.requireNonNull(form, "form == null"));
      return this;
    }

    /** Writes the principal as {@code "*"}; allowed only when the principal is exactly {@code {"AWS": "*"}}. */
    public Builder writtenAsStar(boolean writtenAsStar) {
      this.star = writtenAsStar;
      return this;
    }

    /**
     * Returns the principal.
     *
     * @throws PolicyValidationException if it has no ID, an empty or blank ID, or is to be written as
     *     {@code "*"} while holding more than {@code {"AWS": "*"}}
     */
    public Principal build() {
      if (ids.isEmpty()) {
        throw new PolicyValidationException("Statement", "Principal", "must name at least one principal", null);
      }
      Map<PrincipalType, List<String>> copy = new LinkedHashMap<>();
      for (Map.Entry<PrincipalType, List<String>> entry : ids.entrySet()) {
        if (entry.getValue().isEmpty()) {
          throw new PolicyValidationException(
              "Statement", "Principal", "must not have an empty list for " + entry.getKey().jsonName(), null);
        }
        for (String id : entry.getValue()) {
          checkId(entry.getKey(), id);
        }
        ValueForm form = forms.get(entry.getKey());
        if (form != null) {
          form.checkValues(entry.getValue(), "Statement", "Principal", false);
        }
        copy.put(entry.getKey(), List.copyOf(entry.getValue()));
      }
      if (star && !(copy.size() == 1 && copy.getOrDefault(PrincipalType.AWS, List.of()).equals(List.of("*")))) {
        throw new PolicyValidationException(
            "Statement", "Principal", "can be written as \"*\" only when it is exactly {\"AWS\": \"*\"}", null);
      }
      return new Principal(
          Collections.unmodifiableMap(copy),
          forms.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(forms)),
          star);
    }

    private static void checkId(PrincipalType type, String id) {
      if (id.isEmpty()) {
        throw new PolicyValidationException("Statement", "Principal", type.jsonName() + " must not be empty", id);
      }
      for (int i = 0; i < id.length(); i++) {
        if (Character.isWhitespace(id.charAt(i))) {
          throw new PolicyValidationException(
              "Statement", "Principal", type.jsonName() + " must not contain whitespace", id);
        }
      }
    }
  }
}
