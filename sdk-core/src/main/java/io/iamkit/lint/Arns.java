package io.iamkit.lint;

import io.iamkit.policy.Arn;
import io.iamkit.policy.Resource;
import java.util.List;
import java.util.Optional;

/** ARN checks and matching for the linter. */
final class Arns {
  /** The partitions AWS has today. */
  static final List<String> PARTITIONS =
      List.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc");

  private Arns() {}

  static boolean isKnownPartition(String partition) {
    return PARTITIONS.contains(partition);
  }

  /** Whether a part holds a wildcard or a policy variable, so that its literal value says nothing. */
  static boolean isPattern(String part) {
    return Glob.hasWildcard(part) || part.contains("${");
  }

  /**
   * Whether the resource pattern {@code outer} matches every resource {@code inner} matches. {@code *} covers
   * everything; otherwise the six parts are compared one by one, with case, since a wildcard in the first five
   * parts never crosses a colon.
   */
  static boolean covers(Resource outer, Resource inner) {
    if (outer.isAll()) {
      return true;
    }
    if (inner.isAll()) {
      return false;
    }
    if (outer.equals(inner)) {
      return true;
    }
    Optional<Arn> o = outer.arn();
    Optional<Arn> i = inner.arn();
    return o.isPresent() && i.isPresent() && covers(o.get(), i.get());
  }

  static boolean covers(Arn outer, Arn inner) {
    return Glob.covers(outer.partition(), inner.partition(), false)
        && Glob.covers(outer.service(), inner.service(), false)
        && Glob.covers(outer.region(), inner.region(), false)
        && Glob.covers(outer.account(), inner.account(), false)
        && Glob.covers(outer.resource(), inner.resource(), false);
  }

  /** Whether the resource pattern {@code pattern} matches the ARN {@code arn}. */
  static boolean matches(Resource pattern, Arn arn) {
    if (pattern.isAll()) {
      return true;
    }
    Optional<Arn> p = pattern.arn();
    return p.isPresent()
        && Glob.matches(p.get().partition(), arn.partition(), false)
        && Glob.matches(p.get().service(), arn.service(), false)
        && Glob.matches(p.get().region(), arn.region(), false)
        && Glob.matches(p.get().account(), arn.account(), false)
        && Glob.matches(p.get().resource(), arn.resource(), false);
  }
}
