package io.iamkit.sim;

import io.iamkit.eval.CompiledPolicy;
import io.iamkit.eval.RequestContext;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One {@code AssumeRole} call of a chain: the role to assume and the request's parameters.
 *
 * <pre>{@code
 * Hop.to("arn:aws:iam::123456789012:role/databricks-cross-account").withExternalId("0a1b2c3d-...")
 * Hop.builder(roleArn).sessionName("etl").durationSeconds(3600).sourceIdentity("alice").build()
 * }</pre>
 *
 * <p>The parameters are those of the STS {@code AssumeRole} API: {@code RoleSessionName} (by default
 * {@value #DEFAULT_SESSION_NAME}), {@code ExternalId}, {@code DurationSeconds} (by default 3,600),
 * {@code SourceIdentity} and session policies; extra context keys (such as {@code aws:SourceIp}) can be added to
 * the request.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html">AssumeRole</a>
 */
public final class Hop {
  /** The session name of a hop that names none. */
  public static final String DEFAULT_SESSION_NAME = "iamkit";
  /** The session duration STS gives when {@code DurationSeconds} is not passed: one hour. */
  public static final int DEFAULT_DURATION_SECONDS = 3600;

  private final Arn role;
  private final @Nullable ExternalId externalId;
  private final String sessionName;
  private final int durationSeconds;
  private final boolean durationGiven;
  private final @Nullable String sourceIdentity;
  private final List<CompiledPolicy> sessionPolicies;
  private final RequestContext context;

  private Hop(Builder builder) {
    this.role = builder.role;
    this.externalId = builder.externalId;
    this.sessionName = builder.sessionName;
    this.durationSeconds = builder.durationSeconds;
    this.durationGiven = builder.durationGiven;
    this.sourceIdentity = builder.sourceIdentity;
    this.sessionPolicies = List.copyOf(builder.sessionPolicies);
    this.context = builder.context;
  }

  /**
   * Returns the hop to {@code roleArn} with the default parameters.
   *
   * @throws PolicyValidationException if the ARN is not an IAM role ARN
   */
  public static Hop to(Arn roleArn) {
    return builder(roleArn).build();
  }

  /** Returns the hop to the role ARN {@code roleArn}. */
  public static Hop to(String roleArn) {
    return to(Arn.parse(roleArn));
  }

  /** Returns a builder for a hop to {@code roleArn}. */
  public static Builder builder(Arn roleArn) {
    return new Builder(roleArn);
  }

  /** Returns a builder holding this hop. */
  public Builder toBuilder() {
    Builder builder = new Builder(role);
    builder.externalId = externalId;
    builder.sessionName = sessionName;
    builder.durationSeconds = durationSeconds;
    builder.durationGiven = durationGiven;
    builder.sourceIdentity = sourceIdentity;
    builder.sessionPolicies.addAll(sessionPolicies);
    builder.context = context;
    return builder;
  }

  /** Returns a copy passing the external ID {@code value}. */
  public Hop withExternalId(String value) {
    return toBuilder().externalId(value).build();
  }

  /** Returns a copy with the session name {@code value}. */
  public Hop withSessionName(String value) {
    return toBuilder().sessionName(value).build();
  }

  /** Returns a copy asking for a session of {@code seconds}. */
  public Hop withDurationSeconds(int seconds) {
    return toBuilder().durationSeconds(seconds).build();
  }

  /** The role to assume. */
  public Arn role() {
    return role;
  }

  /** The external ID passed ({@code sts:ExternalId}). */
  public Optional<ExternalId> externalId() {
    return Optional.ofNullable(externalId);
  }

  /** The session name ({@code sts:RoleSessionName}). */
  public String sessionName() {
    return sessionName;
  }

  /** The session duration asked for, in seconds; {@value #DEFAULT_DURATION_SECONDS} when not given. */
  public int durationSeconds() {
    return durationSeconds;
  }

  /** Whether {@code DurationSeconds} is passed. */
  public boolean durationGiven() {
    return durationGiven;
  }

  /** The source identity this call sets ({@code sts:SourceIdentity}). */
  public Optional<String> sourceIdentity() {
    return Optional.ofNullable(sourceIdentity);
  }

  /** The session policies passed. */
  public List<CompiledPolicy> sessionPolicies() {
    return sessionPolicies;
  }

  /** Extra context keys of the request. */
  public RequestContext context() {
    return context;
  }

  @Nullable String sourceIdentityOrNull() {
    return sourceIdentity;
  }

  @Nullable ExternalId externalIdOrNull() {
    return externalId;
  }

  static String checkSessionName(String name) {
    Objects.requireNonNull(name, "sessionName == null");
    if (!isNameLike(name)) {
      throw new PolicyValidationException("AssumeRole", "RoleSessionName",
          "must be 2 to 64 characters of letters, digits and +=,.@-_", name);
    }
    return name;
  }

  static String checkSourceIdentity(String value) {
    Objects.requireNonNull(value, "sourceIdentity == null");
    if (!isNameLike(value) || value.regionMatches(true, 0, "aws:", 0, 4)) {
      throw new PolicyValidationException("AssumeRole", "SourceIdentity",
          "must be 2 to 64 characters of letters, digits and +=,.@-_, not starting with aws:", value);
    }
    return value;
  }

  private static boolean isNameLike(String text) {
    if (text.length() < 2 || text.length() > 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "+=,.@-_".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Hop)) {
      return false;
    }
    Hop that = (Hop) other;
    return role.equals(that.role) && Objects.equals(externalId, that.externalId)
        && sessionName.equals(that.sessionName) && durationSeconds == that.durationSeconds
        && durationGiven == that.durationGiven && Objects.equals(sourceIdentity, that.sourceIdentity)
        && sessionPolicies.equals(that.sessionPolicies) && context.equals(that.context);
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, externalId, sessionName, durationSeconds, sourceIdentity);
  }

  /** Returns {@code AssumeRole role (session name[, external ID][, N s][, source identity])}. */
  @Override
  public String toString() {
    return "AssumeRole " + role + " (session " + sessionName
        + (externalId == null ? "" : ", external ID " + externalId)
        + (durationGiven ? ", " + durationSeconds + " s" : "")
        + (sourceIdentity == null ? "" : ", source identity " + sourceIdentity) + ")";
  }

  /** Builds a {@link Hop}. */
  public static final class Builder {
    private final Arn role;
    private @Nullable ExternalId externalId;
    private String sessionName = DEFAULT_SESSION_NAME;
    private int durationSeconds = DEFAULT_DURATION_SECONDS;
    private boolean durationGiven;
    private @Nullable String sourceIdentity;
    private final List<CompiledPolicy> sessionPolicies = new ArrayList<>();
    private RequestContext context = RequestContext.EMPTY;

    private Builder(Arn role) {
      Objects.requireNonNull(role, "role == null");
      if (!role.service().equals("iam") || !role.resource().startsWith("role/") || role.hasWildcard()
          || role.accountId().isEmpty() || role.resource().endsWith("/")) {
        throw new PolicyValidationException("AssumeRole", "RoleArn", "must be an ARN of the form "
            + "arn:<partition>:iam::<account>:role/<name>", role.toString());
      }
      this.role = role;
    }

    /** Passes the external ID {@code value} ({@code sts:ExternalId}). */
    public Builder externalId(ExternalId value) {
      this.externalId = Objects.requireNonNull(value, "externalId == null");
      return this;
    }

    /**
     * Passes the external ID {@code value}.
     *
     * @throws PolicyValidationException if it is not a valid external ID (2 to 1,224 characters of
     *     {@code [\w+=,.@:/-]})
     */
    public Builder externalId(String value) {
      return externalId(ExternalId.of(value));
    }

    /** Passes no external ID. */
    public Builder noExternalId() {
      this.externalId = null;
      return this;
    }

    /**
     * Sets the session name; {@value #DEFAULT_SESSION_NAME} by default.
     *
     * @throws PolicyValidationException if it is not 2 to 64 characters of letters, digits and {@code +=,.@-_}
     */
    public Builder sessionName(String value) {
      this.sessionName = checkSessionName(value);
      return this;
    }

    /**
     * Asks for a session of {@code seconds}. Whether STS accepts it (900 at least, the role's maximum at most, one
     * hour at most when chaining) is part of the simulation.
     */
    public Builder durationSeconds(int seconds) {
      this.durationSeconds = seconds;
      this.durationGiven = true;
      return this;
    }

    /**
     * Sets the source identity of the new session ({@code sts:SourceIdentity}); the trust policy must then also
     * allow {@code sts:SetSourceIdentity}.
     *
     * @throws PolicyValidationException if it is not 2 to 64 characters of letters, digits and {@code +=,.@-_}
     */
    public Builder sourceIdentity(String value) {
      this.sourceIdentity = checkSourceIdentity(value);
      return this;
    }

    /** Adds a session policy, which limits the new session (rule 1.9). */
    public Builder sessionPolicy(String name, PolicyDocument document) {
      sessionPolicies.add(CompiledPolicy.of(name, document));
      return this;
    }

    /** Sets extra context keys of the request, such as {@code aws:SourceIp}. */
    public Builder context(RequestContext value) {
      this.context = Objects.requireNonNull(value, "context == null");
      return this;
    }

    /** Returns the hop. */
    public Hop build() {
      return new Hop(this);
    }
  }
}
