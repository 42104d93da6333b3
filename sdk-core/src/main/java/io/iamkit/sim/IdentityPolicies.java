package io.iamkit.sim;

import io.iamkit.eval.CompiledPolicy;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identity-based policies of a role or user (inline and managed), its permissions boundary and its tags, as
 * documents and compiled once for evaluation. Shared by {@link Role} and {@link User}.
 */
final class IdentityPolicies {
  private static final Pattern POLICY_NAME = Pattern.compile("[\\w+=,.@-]{1,128}");
  private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");

  final Map<String, PolicyDocument> inline;
  final Map<String, PolicyDocument> managed;
  final @Nullable String boundaryName;
  final @Nullable PolicyDocument boundary;
  final Map<String, String> tags;
  /** Inline then managed, compiled, named {@code <owner>/<policy>} and {@code <policy>}. */
  final List<CompiledPolicy> compiled;
  final @Nullable CompiledPolicy compiledBoundary;

  private IdentityPolicies(String owner, Draft draft) {
    this.inline = Collections.unmodifiableMap(new LinkedHashMap<>(draft.inline));
    this.managed = Collections.unmodifiableMap(new LinkedHashMap<>(draft.managed));
    this.boundaryName = draft.boundaryName;
    this.boundary = draft.boundary;
    this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(draft.tags));
    List<CompiledPolicy> all = new ArrayList<>();
    inline.forEach((name, document) -> all.add(CompiledPolicy.of(owner + "/" + name, document)));
    managed.forEach((name, document) -> all.add(CompiledPolicy.of(name, document)));
    this.compiled = List.copyOf(all);
    this.compiledBoundary = boundary == null ? null : CompiledPolicy.of(Objects.requireNonNull(boundaryName), boundary);
  }

  /** The mutable state of a role or user builder. */
  static final class Draft {
    final Map<String, PolicyDocument> inline = new LinkedHashMap<>();
    final Map<String, PolicyDocument> managed = new LinkedHashMap<>();
    @Nullable String boundaryName;
    @Nullable PolicyDocument boundary;
    final Map<String, String> tags = new LinkedHashMap<>();

    Draft() {}

    Draft(IdentityPolicies from) {
      inline.putAll(from.inline);
      managed.putAll(from.managed);
      boundaryName = from.boundaryName;
      boundary = from.boundary;
      tags.putAll(from.tags);
    }

    void inline(String element, String name, PolicyDocument document) {
      inline.put(policyName(element, name), Objects.requireNonNull(document, "document == null"));
    }

    void managed(String element, String name, PolicyDocument document) {
      Objects.requireNonNull(name, "name == null");
      if (name.isEmpty()) {
        throw new PolicyValidationException(element, "managedPolicy", "must have a name or ARN", name);
      }
      managed.put(name, Objects.requireNonNull(document, "document == null"));
    }

    void boundary(String element, String name, PolicyDocument document) {
      Objects.requireNonNull(name, "name == null");
      if (name.isEmpty()) {
        throw new PolicyValidationException(element, "permissionsBoundary", "must have a name or ARN", name);
      }
      boundaryName = name;
      boundary = Objects.requireNonNull(document, "document == null");
    }

    void tag(String element, String key, String value) {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(value, "value == null");
      if (!TAG_KEY.matcher(key).matches() || key.regionMatches(true, 0, "aws:", 0, 4)) {
        throw new PolicyValidationException(element, "tag", "key must be 1 to 128 letters, digits, spaces and "
            + "_.:/=+-@, not starting with aws:", key);
      }
      if (value.length() > 256) {
        throw new PolicyValidationException(element, "tag", "value must be at most 256 characters", value);
      }
      // IAM tag keys are unique regardless of case: a key in another case replaces the tag.
      tags.keySet().removeIf(existing -> existing.equalsIgnoreCase(key));
      tags.put(key, value);
    }

    IdentityPolicies build(String owner) {
      return new IdentityPolicies(owner, this);
    }
  }

  static String policyName(String element, String name) {
    Objects.requireNonNull(name, "name == null");
    if (!POLICY_NAME.matcher(name).matches()) {
      throw new PolicyValidationException(element, "policyName",
          "must be 1 to 128 characters of letters, digits and +=,.@_-", name);
    }
    return name;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IdentityPolicies)) {
      return false;
    }
    IdentityPolicies that = (IdentityPolicies) other;
    return inline.equals(that.inline) && managed.equals(that.managed) && Objects.equals(boundaryName,
        that.boundaryName) && Objects.equals(boundary, that.boundary) && tags.equals(that.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inline, managed, boundaryName, boundary, tags);
  }
}
