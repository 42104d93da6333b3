package io.iamkit.databricks;

import io.iamkit.policy.PolicyDocument;
import java.util.Objects;
import java.util.regex.Pattern;

/** An inline policy of a role: its name and its document. */
public final class NamedPolicy {
  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]{1,128}");

  private final String name;
  private final PolicyDocument document;

  private NamedPolicy(String name, PolicyDocument document) {
    this.name = name;
    this.document = document;
  }

  /**
   * Returns the inline policy {@code name}.
   *
   * @throws ParameterException if the name is not 1 to 128 characters of letters, digits and {@code +=,.@_-}
   */
  public static NamedPolicy of(String name, PolicyDocument document) {
    if (!NAME.matcher(name).matches()) {
      throw new ParameterException("policyName", name,
          "must be an IAM policy name: 1 to 128 characters of letters, digits and +=,.@_-");
    }
    return new NamedPolicy(name, Objects.requireNonNull(document, "document == null"));
  }

  /** The policy name, unique within its role. */
  public String name() {
    return name;
  }

  /** The policy document. */
  public PolicyDocument document() {
    return document;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NamedPolicy && ((NamedPolicy) other).name.equals(name)
        && ((NamedPolicy) other).document.equals(document);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + document.hashCode();
  }

  @Override
  public String toString() {
    return "NamedPolicy{" + name + "}";
  }
}
