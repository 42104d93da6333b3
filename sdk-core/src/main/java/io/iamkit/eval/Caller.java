package io.iamkit.eval;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Partition;
import io.iamkit.policy.PolicyValidationException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The principal that makes a request: an IAM user, a session of an IAM role, an account's root user, a
 * federated user ({@code GetFederationToken}), an AWS service principal or an anonymous caller.
 *
 * <pre>{@code
 * Caller.user(Arn.parse("arn:aws:iam::111111111111:user/alice"))
 * Caller.roleSession(Arn.parse("arn:aws:iam::111111111111:role/MyRoleA"), "etl")
 *     // arn:aws:sts::111111111111:assumed-role/MyRoleA/etl
 * Caller.parse("arn:aws:iam::414351767826:role/some-role")   // a session "iamkit" of that role
 * Caller.parse("s3.amazonaws.com")                            // a service principal
 * Caller.parse("anonymous")
 * }</pre>
 *
 * <p>The caller decides which principals of a resource policy match it (rule 2, "role-session principals": a
 * policy naming the role ARN matches every session of that role; one naming the session ARN matches that session
 * only; names are case-sensitive) and the context keys AWS derives from it (rule 5): {@code aws:PrincipalArn}
 * (the role ARN for a session, {@code :root} for the root user), {@code aws:PrincipalAccount}
 * ({@code anonymous} for an anonymous caller), {@code aws:userid}, {@code aws:username} (IAM users only),
 * {@code aws:PrincipalType}, {@code aws:PrincipalIsAWSService} and {@code aws:PrincipalServiceName}.
 *
 * <p>{@code aws:userid} of an IAM user or a role session needs the unique ID IAM gave the user or role
 * ({@code AIDA...}, {@code AROA...}); without {@link #withUniqueId} the key is absent from the request, and a
 * principal written as a unique ID never matches.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">IAM
 *     JSON policy elements: Principal</a>
 */
public final class Caller {
  /** The kinds of callers. */
  public enum Kind {
    /** An IAM user, {@code arn:aws:iam::111111111111:user/alice}. */
    IAM_USER,
    /** A session of an IAM role, {@code arn:aws:sts::111111111111:assumed-role/MyRole/session}. */
    ROLE_SESSION,
    /** The root user of an account, {@code arn:aws:iam::111111111111:root}. */
    ROOT,
    /**
     * A federated user session from {@code GetFederationToken},
     * {@code arn:aws:sts::111111111111:federated-user/bob}.
     */
    FEDERATED_USER,
    /** An AWS service principal, such as {@code s3.amazonaws.com}. */
    SERVICE,
    /** An unauthenticated caller. */
    ANONYMOUS
  }

  /** The session name {@link #parse} gives to a session of a plain role ARN. */
  public static final String DEFAULT_SESSION_NAME = "iamkit";

  private static final Caller ANONYMOUS_CALLER = new Caller(Kind.ANONYMOUS, null, null, null, null, null, null, null,
      null, null);

  private final Kind kind;
  private final @Nullable AccountId account;
  private final @Nullable Partition partition;
  private final @Nullable Arn arn;
  private final @Nullable Arn roleArn;
  private final @Nullable String sessionName;
  private final @Nullable String serviceName;
  private final @Nullable String uniqueId;
  private final @Nullable Arn parentUser;
  private final @Nullable String name;

  // Precomputed for matching and for the derived context keys (see Request).
  final @Nullable String arnText;
  final @Nullable String principalArnText;
  final @Nullable String roleArnText;
  final @Nullable String parentUserText;
  final @Nullable String accountText;
  final @Nullable String partitionText;
  /** The derived context keys, indexed like {@link DerivedKeys#NAMES}; null where AWS leaves the key absent. */
  final RequestContext.@Nullable Entry[] derived;

  private Caller(
      Kind kind,
      @Nullable AccountId account,
      @Nullable Partition partition,
      @Nullable Arn arn,
      @Nullable Arn roleArn,
      @Nullable String sessionName,
      @Nullable String serviceName,
      @Nullable String uniqueId,
      @Nullable Arn parentUser,
      @Nullable String name) {
    this.kind = kind;
    this.account = account;
    this.partition = partition;
    this.arn = arn;
    this.roleArn = roleArn;
    this.sessionName = sessionName;
    this.serviceName = serviceName;
    this.uniqueId = uniqueId;
    this.parentUser = parentUser;
    this.name = name;
    this.arnText = arn == null ? null : arn.toString();
    this.roleArnText = roleArn == null ? null : roleArn.toString();
    this.parentUserText = parentUser == null ? null : parentUser.toString();
    this.accountText = account == null ? null : account.value();
    this.partitionText = partition == null ? null : partition.id();
    this.principalArnText = kind == Kind.ROLE_SESSION ? roleArnText : arnText;
    this.derived = DerivedKeys.of(this);
  }

  /**
   * Returns the IAM user {@code arn:<partition>:iam::<account>:user/<path><name>}.
   *
   * @throws PolicyValidationException if the ARN is not an IAM user ARN without wildcards
   */
  public static Caller user(Arn userArn) {
    Objects.requireNonNull(userArn, "userArn == null");
    Partition partition = checkIdentityArn(userArn, "iam", "user/");
    return new Caller(Kind.IAM_USER, AccountId.of(userArn.account()), partition, userArn, null, null, null, null,
        null, lastSegment(userArn.resource()));
  }

  /**
   * Returns the session {@code sessionName} of the role {@code roleArn}; its ARN is
   * {@code arn:<partition>:sts::<account>:assumed-role/<role name>/<sessionName>} (the role's path is not part of
   * it).
   *
   * @throws PolicyValidationException if the ARN is not an IAM role ARN without wildcards, or the session name is
   *     not 2 to 64 characters of letters, digits and {@code +=,.@-_}
   */
  public static Caller roleSession(Arn roleArn, String sessionName) {
    Objects.requireNonNull(roleArn, "roleArn == null");
    Objects.requireNonNull(sessionName, "sessionName == null");
    Partition partition = checkIdentityArn(roleArn, "iam", "role/");
    checkSessionName(sessionName);
    String roleName = lastSegment(roleArn.resource());
    Arn session = Arn.of(partition.id(), "sts", "", roleArn.account(), "assumed-role/" + roleName + "/" + sessionName);
    return new Caller(Kind.ROLE_SESSION, AccountId.of(roleArn.account()), partition, session, roleArn, sessionName,
        null, null, null, roleName);
  }

  /** Returns the root user of {@code account}, {@code arn:<partition>:iam::<account>:root}. */
  public static Caller root(AccountId account, Partition partition) {
    Objects.requireNonNull(account, "account == null");
    Objects.requireNonNull(partition, "partition == null");
    return new Caller(Kind.ROOT, account, partition, Arn.parse(account.rootArn(partition)), null, null, null, null,
        null, null);
  }

  /**
   * Returns the federated user session {@code arn:<partition>:sts::<account>:federated-user/<name>}, as
   * {@code GetFederationToken} creates it. Use {@link #withParentUser} to name the IAM user who called it.
   *
   * @throws PolicyValidationException if the ARN is not a federated-user ARN without wildcards
   */
  public static Caller federatedUser(Arn federatedUserArn) {
    Objects.requireNonNull(federatedUserArn, "federatedUserArn == null");
    Partition partition = checkIdentityArn(federatedUserArn, "sts", "federated-user/");
    return new Caller(Kind.FEDERATED_USER, AccountId.of(federatedUserArn.account()), partition, federatedUserArn,
        null, null, null, null, null, lastSegment(federatedUserArn.resource()));
  }

  /**
   * Returns the AWS service principal {@code name}, such as {@code s3.amazonaws.com}.
   *
   * @throws PolicyValidationException if the name is not lower-case letters, digits, dots and dashes with at
   *     least one dot
   */
  public static Caller service(String name) {
    Objects.requireNonNull(name, "name == null");
    if (!isServiceName(name)) {
      throw new PolicyValidationException("Caller", "service",
          "must be a service principal such as s3.amazonaws.com", name);
    }
    return new Caller(Kind.SERVICE, null, null, null, null, null, name, null, null, null);
  }

  /** Returns the anonymous (unauthenticated) caller. */
  public static Caller anonymous() {
    return ANONYMOUS_CALLER;
  }

  /**
   * Parses a caller as the AWS policy simulator's {@code CallerArn} and iamkit's command line take it: an IAM user
   * ARN, an assumed-role session ARN, a root ARN ({@code arn:aws:iam::111111111111:root}), a federated-user ARN, a
   * service principal name such as {@code s3.amazonaws.com}, or {@code anonymous}.
   *
   * <p>A plain role ARN stands for a session of that role named {@value #DEFAULT_SESSION_NAME}. An assumed-role
   * session ARN does not hold the role's path, so the role is taken to have none
   * ({@code arn:aws:iam::<account>:role/<role name>}); use {@link #roleSession} for a role with a path.
   *
   * @throws PolicyValidationException if the text is none of these
   */
  public static Caller parse(String text) {
    Objects.requireNonNull(text, "text == null");
    if (text.equals("anonymous")) {
      return anonymous();
    }
    if (!text.startsWith("arn:")) {
      if (isServiceName(text)) {
        return service(text);
      }
      throw new PolicyValidationException("Caller", "", "must be an ARN of a user, role, session, root or "
          + "federated user, a service principal such as s3.amazonaws.com, or \"anonymous\"", text);
    }
    Arn arn = Arn.parse(text);
    String resource = arn.resource();
    if (arn.service().equals("iam")) {
      if (resource.startsWith("user/")) {
        return user(arn);
      }
      if (resource.startsWith("role/")) {
        return roleSession(arn, DEFAULT_SESSION_NAME);
      }
      if (resource.equals("root")) {
        checkIdentityArn(arn, "iam", "root");
        return root(AccountId.of(arn.account()), Partition.parse(arn.partition()));
      }
    } else if (arn.service().equals("sts")) {
      if (resource.startsWith("assumed-role/")) {
        Partition partition = checkIdentityArn(arn, "sts", "assumed-role/");
        String rest = resource.substring("assumed-role/".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || rest.indexOf('/', slash + 1) >= 0) {
          throw new PolicyValidationException("Caller", "", "an assumed-role ARN must end in "
              + "assumed-role/<role name>/<session name>", text);
        }
        return roleSession(Arn.role(partition, AccountId.of(arn.account()), rest.substring(0, slash)),
            rest.substring(slash + 1));
      }
      if (resource.startsWith("federated-user/")) {
        return federatedUser(arn);
      }
    }
    throw new PolicyValidationException("Caller", "", "is not the ARN of a user, role, assumed-role session, root "
        + "or federated user", text);
  }

  /**
   * Returns a copy that knows the unique ID IAM gave the user ({@code AIDA...}) or the session's role
   * ({@code AROA...}): it is the value of {@code aws:userid} (with {@code :<session name>} for a session) and
   * matches a principal written as that ID (rule 2, "unique IDs").
   *
   * @throws PolicyValidationException if the caller is not a user or role session, or the ID does not start with
   *     {@code AIDA} (users) or {@code AROA} (roles) followed by upper-case letters and digits
   */
  public Caller withUniqueId(String id) {
    Objects.requireNonNull(id, "id == null");
    String prefix = kind == Kind.IAM_USER ? "AIDA" : kind == Kind.ROLE_SESSION ? "AROA" : null;
    if (prefix == null) {
      throw new PolicyValidationException("Caller", "uniqueId", "only IAM users and role sessions have one",
          id);
    }
    if (!isUniqueId(id) || !id.startsWith(prefix)) {
      throw new PolicyValidationException("Caller", "uniqueId", "must be " + prefix
          + " followed by upper-case letters and digits", id);
    }
    return new Caller(kind, account, partition, arn, roleArn, sessionName, serviceName, id, parentUser, name);
  }

  /**
   * Returns a copy of this federated user that names the IAM user who called {@code GetFederationToken}. A
   * resource policy naming that user matches the federated session, limited by the session policy (rule 1.8).
   *
   * @throws PolicyValidationException if this is not a federated user or the ARN is not a user ARN of the same
   *     account
   */
  public Caller withParentUser(Arn userArn) {
    Objects.requireNonNull(userArn, "userArn == null");
    if (kind != Kind.FEDERATED_USER) {
      throw new PolicyValidationException("Caller", "parentUser", "only federated users have one", userArn.toString());
    }
    checkIdentityArn(userArn, "iam", "user/");
    if (!userArn.account().equals(accountText)) {
      throw new PolicyValidationException("Caller", "parentUser", "must be in the account " + accountText,
          userArn.toString());
    }
    return new Caller(kind, account, partition, arn, roleArn, sessionName, serviceName, uniqueId, userArn, name);
  }

  /** The kind of caller. */
  public Kind kind() {
    return kind;
  }

  /** The caller's account; empty for service principals and anonymous callers. */
  public Optional<AccountId> account() {
    return Optional.ofNullable(account);
  }

  /** The caller's partition; empty for service principals and anonymous callers. */
  public Optional<Partition> partition() {
    return Optional.ofNullable(partition);
  }

  /**
   * The caller's own ARN: the user, the assumed-role session, {@code :root} or the federated user; empty for
   * service principals and anonymous callers.
   */
  public Optional<Arn> arn() {
    return Optional.ofNullable(arn);
  }

  /**
   * The value of {@code aws:PrincipalArn}: the user ARN, the <em>role</em> ARN for a role session,
   * {@code arn:<partition>:iam::<account>:root} for the root user, the federated-user ARN; empty for service
   * principals and anonymous callers (rule 2, rule 5).
   */
  public Optional<Arn> principalArn() {
    return Optional.ofNullable(kind == Kind.ROLE_SESSION ? roleArn : arn);
  }

  /** The role of a role session. */
  public Optional<Arn> roleArn() {
    return Optional.ofNullable(roleArn);
  }

  /** The session name of a role session. */
  public Optional<String> sessionName() {
    return Optional.ofNullable(sessionName);
  }

  /** The user name (without path) of an IAM user, the value of {@code aws:username}. */
  public Optional<String> userName() {
    return kind == Kind.IAM_USER ? Optional.ofNullable(name) : Optional.empty();
  }

  /** The name of a service principal, such as {@code s3.amazonaws.com}. */
  public Optional<String> serviceName() {
    return Optional.ofNullable(serviceName);
  }

  /** The unique ID of the user or of the session's role, if given with {@link #withUniqueId}. */
  public Optional<String> uniqueId() {
    return Optional.ofNullable(uniqueId);
  }

  /** The IAM user who created a federated user session, if given with {@link #withParentUser}. */
  public Optional<Arn> parentUser() {
    return Optional.ofNullable(parentUser);
  }

  /** Whether the caller is authenticated: anything but {@link Kind#ANONYMOUS}. */
  public boolean isAuthenticated() {
    return kind != Kind.ANONYMOUS;
  }

  /** Whether the caller is a principal of an account: a user, a role session, the root user or a federated user. */
  boolean isAccountPrincipal() {
    return account != null;
  }

  /** The account, or null; for the hot path, where an Optional would be allocated. */
  @Nullable AccountId accountOrNull() {
    return account;
  }

  /** The unique ID, or null. */
  @Nullable String uniqueIdOrNull() {
    return uniqueId;
  }

  /** The service name, or null. */
  @Nullable String serviceNameOrNull() {
    return serviceName;
  }

  /** The user, role or federated-user name; package-private for the derived keys. */
  @Nullable String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Caller)) {
      return false;
    }
    Caller that = (Caller) other;
    return kind == that.kind && Objects.equals(arnText, that.arnText) && Objects.equals(roleArnText, that.roleArnText)
        && Objects.equals(serviceName, that.serviceName) && Objects.equals(uniqueId, that.uniqueId)
        && Objects.equals(parentUserText, that.parentUserText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, arnText, roleArnText, serviceName, uniqueId);
  }

  /** Returns the caller as written to {@link #parse}: its ARN, its service name or {@code anonymous}. */
  @Override
  public String toString() {
    if (arnText != null) {
      return arnText;
    }
    return serviceName != null ? serviceName : "anonymous";
  }

  private static Partition checkIdentityArn(Arn arn, String service, String resourcePrefix) {
    String text = arn.toString();
    if (arn.hasWildcard() || text.contains("${")) {
      throw new PolicyValidationException("Caller", "", "must not hold wildcards or policy variables", text);
    }
    String resource = arn.resource();
    boolean shapeOk = arn.service().equals(service) && arn.region().isEmpty()
        && (resourcePrefix.equals("root")
            ? resource.equals("root")
            : resource.startsWith(resourcePrefix) && resource.length() > resourcePrefix.length()
                && !resource.endsWith("/"));
    if (!shapeOk) {
      throw new PolicyValidationException("Caller", "", "must be an ARN of the form arn:<partition>:" + service
          + "::<account>:" + resourcePrefix + (resourcePrefix.endsWith("/") ? "<name>" : ""), text);
    }
    if (!AccountId.isValid(arn.account())) {
      throw new PolicyValidationException("Caller", "", "must name a 12-digit account", text);
    }
    return Partition.parse(arn.partition());
  }

  private static void checkSessionName(String sessionName) {
    boolean ok = sessionName.length() >= 2 && sessionName.length() <= 64;
    for (int i = 0; ok && i < sessionName.length(); i++) {
      char c = sessionName.charAt(i);
      ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "+=,.@-_".indexOf(c) >= 0;
    }
    if (!ok) {
      throw new PolicyValidationException("Caller", "sessionName",
          "must be 2 to 64 characters of letters, digits and +=,.@-_", sessionName);
    }
  }

  static boolean isServiceName(String text) {
    if (text.isEmpty() || text.indexOf('.') <= 0 || text.endsWith(".")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  static boolean isUniqueId(String text) {
    if (text.length() < 16 || text.length() > 128 || text.charAt(0) != 'A') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static String lastSegment(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}
