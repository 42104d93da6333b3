package io.iamkit.eval;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request to authorize: who ({@link Caller}) calls which {@link Action} on which resource (an ARN, or
 * {@code *} for actions that take none, such as {@code s3:ListAllMyBuckets}), in which account the resource is,
 * and the request's {@link RequestContext}.
 *
 * <pre>{@code
 * Request assume = Request.builder()
 *     .caller(Caller.roleSession(Arn.parse("arn:aws:iam::414351767826:role/databricks"), "workspace"))
 *     .action("sts:AssumeRole")
 *     .resource("arn:aws:iam::123456789012:role/databricks-cross-account")
 *     .context(RequestContext.of("sts:ExternalId", "my-external-id"))
 *     .build();
 * }</pre>
 *
 * <p>The resource's account is {@link Builder#resourceAccount} if given, else the account part of the resource
 * ARN when it is 12 digits. S3 bucket and object ARNs have no account part: without
 * {@link Builder#resourceAccount} such a resource is taken to be in the caller's account, which is what the AWS
 * policy simulator assumes when {@code ResourceOwner} is not given ("the owner of the resources and the resource
 * policy defaults to the account of the identity provided in CallerArn").
 *
 * <p>The context keys AWS derives from the caller ({@code aws:PrincipalArn}, {@code aws:PrincipalAccount},
 * {@code aws:userid}, {@code aws:username}, {@code aws:PrincipalType}, {@code aws:PrincipalIsAWSService},
 * {@code aws:PrincipalServiceName}; see {@link Caller}) are filled in unless the context gives them. No other key
 * is made up: {@code aws:CurrentTime}, {@code aws:SecureTransport} or {@code aws:SourceIp} are absent unless
 * given, and conditions on them see a missing key.
 */
public final class Request {
  private final Caller caller;
  private final Action action;
  private final String resource;
  private final @Nullable AccountId resourceAccount;
  private final RequestContext context;

  // Precomputed for matching, with as few allocations as possible: a request may be built per decision.
  /** The action in lower case; the service prefix ends at {@link #actionColon}. */
  final String actionLower;
  final int actionColon;
  private @Nullable String actionService;
  final boolean resourceIsStar;
  /**
   * The resource ARN with its partition, service, region and account in lower case (the resource part as
   * written); the text itself when it has no upper-case letter there. Null for {@code *}.
   */
  final @Nullable String resourceMatchText;
  /**
   * The positions of the second to fifth colons of {@link #resourceMatchText} (the first is at 3); 0 for {@code *}.
   * Fields, not an array: a request may be built per decision. Read them through {@link #colon}.
   */
  private final int colon1;
  private final int colon2;
  private final int colon3;
  private final int colon4;
  final boolean getCallerIdentity;
  final boolean assumeRole;

  private Request(Caller caller, Action action, String resource, @Nullable AccountId resourceAccount,
      RequestContext context) {
    this.caller = Objects.requireNonNull(caller, "caller == null");
    this.action = Objects.requireNonNull(action, "action == null");
    this.resource = Objects.requireNonNull(resource, "resource == null");
    this.context = context;
    if (action.hasWildcard()) {
      throw new PolicyValidationException("Request", "action", "must name one action, without wildcards",
          action.text());
    }
    this.actionLower = action.canonical();
    this.actionColon = actionLower.indexOf(':');
    this.getCallerIdentity = actionLower.equals("sts:getcalleridentity");
    this.assumeRole = actionLower.equals("sts:assumerole");
    if (resource.equals("*")) {
      this.resourceIsStar = true;
      this.resourceMatchText = null;
      this.colon1 = this.colon2 = this.colon3 = this.colon4 = 0;
      this.resourceAccount = resourceAccount;
      return;
    }
    // The first five colons of an ARN: "arn:" with no blanks, then four more colons, the partition and service
    // not empty. A predictable blank check first, then String.indexOf for the colons.
    int c1 = -1;
    int c2 = -1;
    int c3 = -1;
    int c4 = -1;
    if (resource.startsWith("arn:") && !hasBlank(resource)) {
      c1 = resource.indexOf(':', 4);
      c2 = c1 < 0 ? -1 : resource.indexOf(':', c1 + 1);
      c3 = c2 < 0 ? -1 : resource.indexOf(':', c2 + 1);
      c4 = c3 < 0 ? -1 : resource.indexOf(':', c3 + 1);
    }
    if (c4 < 0 || c1 == 4 || c2 == c1 + 1) {
      throw new PolicyValidationException("Request", "resource",
          "must be \"*\" or an ARN (arn:partition:service:region:account:resource)", resource);
    }
    this.resourceIsStar = false;
    this.colon1 = c1;
    this.colon2 = c2;
    this.colon3 = c3;
    this.colon4 = c4;
    this.resourceMatchText = lowerAscii(resource, c4);
    AccountId fromArn = null;
    if (c4 - c3 == 13) {
      String account = resource.substring(c3 + 1, c4);
      fromArn = AccountId.isValid(account) ? AccountId.of(account) : null;
    }
    this.resourceAccount = resourceAccount != null ? resourceAccount : fromArn;
  }

  /**
   * Whether the text holds whitespace after its {@code arn:} prefix: every ASCII blank is at or below ' '; above
   * ASCII, Character decides.
   */
  private static boolean hasBlank(String text) {
    for (int i = 4; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || (c >= 0x80 && Character.isWhitespace(c))) {
        return true;
      }
    }
    return false;
  }

  /** The position of colon {@code index} (0 to 4) of the resource ARN; only for a resource that is not {@code *}. */
  int colon(int index) {
    switch (index) {
      case 0:
        return 3;
      case 1:
        return colon1;
      case 2:
        return colon2;
      case 3:
        return colon3;
      default:
        return colon4;
    }
  }

  /**
   * The text with the ASCII capitals before {@code end} in lower case; the text itself when it has none there. Only
   * ASCII: the parts of an ARN that compare without case are ASCII, and a lower-casing that changed the length
   * (U+0130 becomes two characters) would move the colons this request found.
   */
  static String lowerAscii(String text, int end) {
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = text.toCharArray();
        for (int j = i; j < end; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') {
            chars[j] += 'a' - 'A';
          }
        }
        return new String(chars);
      }
    }
    return text;
  }

  /** The lower-case service prefix of the action, computed on first use. */
  String actionService() {
    String service = actionService;
    if (service == null) {
      service = actionLower.substring(0, actionColon);
      actionService = service;
    }
    return service;
  }

  /** Returns the request of {@code caller} to call {@code action} on {@code resource} (an ARN or {@code *}). */
  public static Request of(Caller caller, String action, String resource) {
    // Straight to the constructor, with no builder to escape: a request may be built per decision.
    return new Request(caller, Action.of(action), resource, null, RequestContext.EMPTY);
  }

  /** Returns an empty builder; caller, action and resource are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this request. */
  public Builder toBuilder() {
    Builder builder = new Builder().caller(caller).action(action).resource(resource).context(context);
    if (resourceAccount != null) {
      builder.resourceAccount(resourceAccount);
    }
    return builder;
  }

  /** Returns a copy with another context. */
  public Request withContext(RequestContext newContext) {
    return toBuilder().context(newContext).build();
  }

  /** The caller. */
  public Caller caller() {
    return caller;
  }

  /** The action. */
  public Action action() {
    return action;
  }

  /** The resource: an ARN, or {@code *}. */
  public String resource() {
    return resource;
  }

  /**
   * The resource's account: as given, or the account part of the resource ARN; empty when neither says (the
   * evaluator then takes the caller's account).
   */
  public Optional<AccountId> resourceAccount() {
    return Optional.ofNullable(resourceAccount);
  }

  /** The context as given, without the keys derived from the caller. */
  public RequestContext context() {
    return context;
  }

  /**
   * The values of a context key as the evaluator sees them: from the context, else derived from the caller;
   * empty when the key is absent.
   */
  public java.util.List<String> contextValues(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    RequestContext.Entry entry = lookup(lower, DerivedKeys.indexOf(lower));
    return entry == null ? java.util.List.of() : java.util.List.of(entry.values);
  }

  /**
   * The account the evaluator takes the resource to be in; null for an anonymous or service caller when the ARN
   * names none.
   */
  @Nullable AccountId effectiveResourceAccount() {
    return resourceAccount != null ? resourceAccount : caller.accountOrNull();
  }

  /** The entry of a lower-case key: the context's, else the caller-derived one ({@code derived} >= 0), else null. */
  RequestContext.@Nullable Entry lookup(String lowerKey, int derived) {
    RequestContext.Entry entry = context.entry(lowerKey);
    if (entry == null && derived >= 0) {
      entry = caller.derived[derived];
    }
    return entry;
  }

  /** Returns {@code caller -> action on resource}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(caller).append(" -> ").append(action).append(" on ")
        .append(resource);
    if (resourceAccount != null) {
      text.append(" (account ").append(resourceAccount).append(')');
    }
    if (!context.isEmpty()) {
      text.append(' ').append(context);
    }
    return text.toString();
  }

  /** Builds a {@link Request}. */
  public static final class Builder {
    private @Nullable Caller caller;
    private @Nullable Action action;
    private @Nullable String resource;
    private @Nullable AccountId resourceAccount;
    private RequestContext context = RequestContext.EMPTY;

    Builder() {}

    /** Sets the caller. This value is required. */
    public Builder caller(Caller newCaller) {
      this.caller = Objects.requireNonNull(newCaller, "caller == null");
      return this;
    }

    /** Sets the action, such as {@code s3:GetObject}. This value is required. */
    public Builder action(Action newAction) {
      this.action = Objects.requireNonNull(newAction, "action == null");
      return this;
    }

    /** Sets the action from its text. */
    public Builder action(String newAction) {
      return action(Action.of(newAction));
    }

    /** Sets the resource: an ARN or {@code *}. This value is required. */
    public Builder resource(String newResource) {
      this.resource = Objects.requireNonNull(newResource, "resource == null");
      return this;
    }

    /** Sets the resource. */
    public Builder resource(Arn newResource) {
      return resource(newResource.toString());
    }

    /** Sets the account that owns the resource (the AWS simulator's {@code ResourceOwner}). */
    public Builder resourceAccount(AccountId account) {
      this.resourceAccount = Objects.requireNonNull(account, "account == null");
      return this;
    }

    /** Sets the context. By default it is empty. */
    public Builder context(RequestContext newContext) {
      this.context = Objects.requireNonNull(newContext, "context == null");
      return this;
    }

    /**
     * Returns the request.
     *
     * @throws NullPointerException if the caller, action or resource is missing
     * @throws io.iamkit.policy.PolicyValidationException if the action holds a wildcard or the resource is
     *     neither {@code *} nor an ARN
     */
    public Request build() {
      return new Request(Objects.requireNonNull(caller, "caller == null"),
          Objects.requireNonNull(action, "action == null"), Objects.requireNonNull(resource, "resource == null"),
          resourceAccount, context);
    }
  }
}
