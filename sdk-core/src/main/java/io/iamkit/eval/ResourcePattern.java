package io.iamkit.eval;

import io.iamkit.policy.Arn;
import org.jspecify.annotations.Nullable;

/**
 * One compiled entry of {@code Resource} or {@code NotResource} (rule 3, "Resource / NotResource").
 *
 * <ul>
 *   <li>The ARN is split on its first five colons; each part is matched on its own, so a wildcard never crosses a
 *       {@code :} in the partition, service, region or account (RES lines 27-30).
 *   <li>In the resource part, {@code *} matches any run of characters, {@code /} and {@code :} included
 *       (RES lines 44-68); {@code ?} one character.
 *   <li>Partition, service, region and account are compared without regard to (ASCII) case, the resource part with
 *       regard to it (S3 keys are case-sensitive).
 *   <li>{@code *} alone matches every resource, and is the only pattern that matches a request for {@code *}
 *       (wildcard-only actions such as {@code s3:ListAllMyBuckets}).
 *   <li>Policy variables are substituted in the resource part only (VARS line 132); an unresolved one matches
 *       nothing (VARS line 251).
 * </ul>
 *
 * <p>Fail closed: a wildcard in the service part ("You can't use a wildcard in the service segment", RES lines
 * 27-30), a policy variable outside the resource part, or a malformed variable is not understood:
 * {@link #match} returns {@link Tri#UNKNOWN}.
 */
final class ResourcePattern {
  /** Returned by {@link #match} when a policy variable is unresolved. */
  static final int UNRESOLVED = 3;

  final String text;
  private final boolean all;
  private final String[] prefix;
  private final String resource;
  private final @Nullable Template template;
  final @Nullable String problem;

  /**
   * The pattern as the request's match text would read when it holds no wildcard and no variable, so that a match
   * is one string comparison; null otherwise.
   */
  private final @Nullable String literal;

  private ResourcePattern(String text, boolean all, String[] prefix, String resource, @Nullable Template template,
      @Nullable String problem, @Nullable String literal) {
    this.literal = literal;
    this.text = text;
    this.all = all;
    this.prefix = prefix;
    this.resource = resource;
    this.template = template;
    this.problem = problem;
  }

  static ResourcePattern compile(String text, boolean variables) {
    if (text.equals("*")) {
      return new ResourcePattern(text, true, new String[0], "", null, null, null);
    }
    Arn arn = Arn.tryParse(text).orElse(null);
    if (arn == null) {
      return new ResourcePattern(text, false, new String[0], "", null, "not an ARN", null);
    }
    String[] prefix = {
      lower(arn.partition()),
      lower(arn.service()),
      lower(arn.region()),
      lower(arn.account())
    };
    String problem = null;
    if (Glob.hasWildcard(arn.service())) {
      problem = "a wildcard in the service part of a resource ARN is not allowed (RES lines 27-30)";
    }
    for (String part : prefix) {
      if (variables && part.contains("${")) {
        problem = "policy variables are allowed only in the resource part of an ARN (VARS line 132)";
      }
    }
    Template template = variables ? Template.compile(arn.resource()) : null;
    if (template != null && template.malformed) {
      problem = "malformed policy variable in " + arn.resource();
    }
    String whole = "arn:" + String.join(":", prefix) + ":" + arn.resource();
    String literal = problem == null && template == null && !Glob.hasWildcard(whole) ? whole : null;
    return new ResourcePattern(text, false, prefix, arn.resource(), template, problem, literal);
  }

  private static String lower(String part) {
    return Request.lowerAscii(part, part.length());
  }

  /** {@link Tri#YES}, {@link Tri#NO}, {@link Tri#UNKNOWN} or {@link #UNRESOLVED}. */
  int match(Request request) {
    if (all) {
      return Tri.YES;
    }
    if (request.resourceIsStar) {
      return Tri.NO;
    }
    if (problem != null) {
      return Tri.UNKNOWN;
    }
    String text = request.resourceMatchText;
    if (literal != null) {
      return Tri.of(literal.equals(text));
    }
    for (int i = 0; i < 4; i++) {
      String part = prefix[i];
      if (!Glob.matches(part, 0, part.length(), null, text, request.colon(i) + 1, request.colon(i + 1))) {
        return Tri.NO;
      }
    }
    int from = request.colon(4) + 1;
    if (template == null) {
      return Tri.of(Glob.matches(resource, 0, resource.length(), null, text, from, text.length()));
    }
    Template.Resolved resolved = template.resolve(request);
    if (resolved == null) {
      return UNRESOLVED;
    }
    return Tri.of(Glob.matches(resolved.text, 0, resolved.text.length(), resolved.literal, text, from,
        text.length()));
  }
}
