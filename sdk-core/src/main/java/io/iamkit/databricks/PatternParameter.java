package io.iamkit.databricks;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A documented parameter of a {@link DatabricksPattern}: its name, whether it is required, its default. */
public final class PatternParameter {
  private final String name;
  private final boolean required;
  private final @Nullable String defaultValue;
  private final String description;

  private PatternParameter(String name, boolean required, @Nullable String defaultValue, String description) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.required = required;
    this.defaultValue = defaultValue;
    this.description = Objects.requireNonNull(description, "description == null");
  }

  /** Returns a required parameter. */
  static PatternParameter required(String name, String description) {
    return new PatternParameter(name, true, null, description);
  }

  /** Returns an optional parameter with a default value. */
  static PatternParameter optional(String name, String defaultValue, String description) {
    return new PatternParameter(name, false, Objects.requireNonNull(defaultValue, "defaultValue == null"),
        description);
  }

  /** Returns an optional parameter without a default: leaving it out leaves something out of the document. */
  static PatternParameter optional(String name, String description) {
    return new PatternParameter(name, false, null, description);
  }

  /** The name, as given on the command line ({@code -p name=value}); part of iamkit's contract. */
  public String name() {
    return name;
  }

  /** Whether the parameter must be given. */
  public boolean required() {
    return required;
  }

  /** The value used when the parameter is not given, if there is one. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** What the parameter means, in a sentence. */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PatternParameter)) {
      return false;
    }
    PatternParameter that = (PatternParameter) other;
    return name.equals(that.name) && required == that.required && Objects.equals(defaultValue, that.defaultValue)
        && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, required, defaultValue, description);
  }

  @Override
  public String toString() {
    return name + (required ? "*" : defaultValue == null ? "" : " (" + defaultValue + ")");
  }
}
