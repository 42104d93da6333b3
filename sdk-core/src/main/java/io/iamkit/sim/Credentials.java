package io.iamkit.sim;

import io.iamkit.eval.CompiledPolicy;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The credentials a simulation starts from: those of an IAM user, of a role session obtained with
 * {@code AssumeRole}, of an EC2 instance's profile, or of an account's root user. The principal must be in the
 * {@link AccountModel}, which holds its policies.
 *
 * <pre>{@code
 * Credentials.instanceProfile(Arn.parse("arn:aws:iam::111111111111:instance-profile/MyRoleA"))
 * Credentials.roleSession(Arn.parse("arn:aws:iam::414351767826:role/databricks-deployment"), "workspace")
 * Credentials.user(Arn.parse("arn:aws:iam::111111111111:user/alice")).withSourceIdentity("alice")
 * }</pre>
 *
 * <p>Where they come from matters for role chaining: an {@code AssumeRole} made with a role session's credentials
 * is role chaining (its session is limited to one hour), one made with a user's or an instance profile's
 * credentials is not (rule 2, "Role chaining").
 */
public final class Credentials {
  /** Where credentials come from. */
  public enum Source {
    /** An IAM user's access key. */
    USER,
    /** A role session from {@code AssumeRole} (or a federation call): assuming a role with it is role chaining. */
    ROLE_SESSION,
    /**
     * The role session EC2 provides on an instance launched with an instance profile; assuming a role with it is
     * not role chaining.
     */
    INSTANCE_PROFILE,
    /** The account's root user, which cannot assume roles. */
    ROOT
  }

  /** The session name EC2 gives instance-profile sessions unless another instance ID is named. */
  public static final String DEFAULT_INSTANCE_ID = "i-0123456789abcdef0";

  private final Source source;
  private final Arn arn;
  private final String sessionName;
  private final @Nullable String sourceIdentity;
  private final List<CompiledPolicy> sessionPolicies;

  private Credentials(Source source, Arn arn, String sessionName, @Nullable String sourceIdentity,
      List<CompiledPolicy> sessionPolicies) {
    this.source = source;
    this.arn = arn;
    this.sessionName = sessionName;
    this.sourceIdentity = sourceIdentity;
    this.sessionPolicies = List.copyOf(sessionPolicies);
  }

  /**
   * Returns the credentials of the IAM user {@code userArn}.
   *
   * @throws PolicyValidationException if the ARN is not an IAM user ARN
   */
  public static Credentials user(Arn userArn) {
    requireShape(userArn, "iam", "user/");
    return new Credentials(Source.USER, userArn, "", null, List.of());
  }

  /**
   * Returns the credentials of the session {@code sessionName} of the role {@code roleArn}, as {@code AssumeRole}
   * returns them.
   *
   * @throws PolicyValidationException if the ARN is not an IAM role ARN or the session name is not 2 to 64
   *     characters of letters, digits and {@code +=,.@-_}
   */
  public static Credentials roleSession(Arn roleArn, String sessionName) {
    requireShape(roleArn, "iam", "role/");
    return new Credentials(Source.ROLE_SESSION, roleArn, Hop.checkSessionName(sessionName), null, List.of());
  }

  /**
   * Returns the credentials of an EC2 instance launched with the instance profile {@code instanceProfileArn}: a
   * session of the profile's role named {@value #DEFAULT_INSTANCE_ID}.
   *
   * @throws PolicyValidationException if the ARN is not an instance profile ARN
   */
  public static Credentials instanceProfile(Arn instanceProfileArn) {
    return instanceProfile(instanceProfileArn, DEFAULT_INSTANCE_ID);
  }

  /** Returns the credentials of the EC2 instance {@code instanceId} launched with the instance profile. */
  public static Credentials instanceProfile(Arn instanceProfileArn, String instanceId) {
    requireShape(instanceProfileArn, "iam", "instance-profile/");
    return new Credentials(Source.INSTANCE_PROFILE, instanceProfileArn, Hop.checkSessionName(instanceId), null,
        List.of());
  }

  /** Returns the credentials of the root user of {@code account}. */
  public static Credentials root(AccountId account, Partition partition) {
    return new Credentials(Source.ROOT, Arn.parse(account.rootArn(partition)), "", null, List.of());
  }

  /**
   * Returns a copy whose session carries the source identity {@code value} ({@code aws:SourceIdentity}), as set by
   * an identity provider or an earlier {@code AssumeRole}; it persists through every later hop.
   *
   * @throws PolicyValidationException if the value is not 2 to 64 characters of letters, digits and
   *     {@code +=,.@-_}, or starts with {@code aws:}
   */
  public Credentials withSourceIdentity(String value) {
    return new Credentials(source, arn, sessionName, Hop.checkSourceIdentity(value), sessionPolicies);
  }

  /** Returns a copy whose role session was created with the session policy {@code document} (rule 1.9). */
  public Credentials withSessionPolicy(String name, PolicyDocument document) {
    if (source != Source.ROLE_SESSION && source != Source.INSTANCE_PROFILE) {
      throw new PolicyValidationException("Credentials", "sessionPolicy", "only role sessions have session "
          + "policies", name);
    }
    List<CompiledPolicy> policies = new ArrayList<>(sessionPolicies);
    policies.add(CompiledPolicy.of(name, document));
    return new Credentials(source, arn, sessionName, sourceIdentity, policies);
  }

  /** Where the credentials come from. */
  public Source source() {
    return source;
  }

  /** The user, role, instance profile or root ARN given. */
  public Arn arn() {
    return arn;
  }

  /** The session name of a role session, or the instance ID of an instance profile; empty for others. */
  public Optional<String> sessionName() {
    return sessionName.isEmpty() ? Optional.empty() : Optional.of(sessionName);
  }

  /** The source identity the session carries. */
  public Optional<String> sourceIdentity() {
    return Optional.ofNullable(sourceIdentity);
  }

  /** The session policies of a role session. */
  public List<CompiledPolicy> sessionPolicies() {
    return sessionPolicies;
  }

  String sessionNameText() {
    return sessionName;
  }

  @Nullable String sourceIdentityOrNull() {
    return sourceIdentity;
  }

  private static void requireShape(Arn arn, String service, String prefix) {
    Objects.requireNonNull(arn, "arn == null");
    if (!arn.service().equals(service) || !arn.resource().startsWith(prefix) || arn.hasWildcard()
        || arn.accountId().isEmpty() || arn.resource().length() == prefix.length()) {
      throw new PolicyValidationException("Credentials", "arn", "must be an ARN of the form arn:<partition>:"
          + service + "::<account>:" + prefix + "<name>", arn.toString());
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Credentials)) {
      return false;
    }
    Credentials that = (Credentials) other;
    return source == that.source && arn.equals(that.arn) && sessionName.equals(that.sessionName)
        && Objects.equals(sourceIdentity, that.sourceIdentity) && sessionPolicies.equals(that.sessionPolicies);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, arn, sessionName, sourceIdentity);
  }

  /** Returns {@code SOURCE arn[/session][ (source identity x)]}. */
  @Override
  public String toString() {
    return source + " " + arn + (sessionName.isEmpty() ? "" : " session " + sessionName)
        + (sourceIdentity == null ? "" : " (source identity " + sourceIdentity + ")");
  }
}
