package io.iamkit.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One {@code Statement} of a policy: its {@code Effect}, who it applies to ({@code Principal} or
 * {@code NotPrincipal}), what it covers ({@code Action} or {@code NotAction}, {@code Resource} or
 * {@code NotResource}) and when ({@code Condition}).
 *
 * <p>It reads the way the documents print it:
 *
 * <pre>{@code
 * // {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "414351767826"},
 * //  "Condition": {"StringEquals": {"sts:ExternalId": "YOUR_EXTERNAL_ID"}}}
 * Statement trust = Statement.allowAssumeRoleBy(Principal.aws("414351767826"), ExternalId.of("YOUR_EXTERNAL_ID"));
 *
 * Statement read = Statement.allow("s3:GetObject", "s3:ListBucket")
 *     .addResources("arn:aws:s3:::my-bucket/*", "arn:aws:s3:::my-bucket")
 *     .build();
 * }</pre>
 *
 * <p>The builder refuses what IAM refuses: both {@code Action} and {@code NotAction}, neither of them, both
 * {@code Principal} and {@code NotPrincipal}, both {@code Resource} and {@code NotResource}, a {@code Sid} with
 * anything but ASCII letters and digits, the same condition key twice under one operator.
 *
 * <p>Equality is semantic: the JSON form of the values ({@link #actionForm()}, {@link #resourceForm()}), the
 * order in which the elements were written ({@link #keyOrder()}) and unknown members kept from a leniently read
 * document ({@link #extensions()}) are not part of it. The order of actions, resources and conditions is.
 * Conditions are kept grouped by operator, in the order each operator first appears, which is how JSON groups
 * them.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html">IAM
 *     JSON policy elements: Statement</a>
 */
@Value.Immutable
public abstract class Statement {
  /** The names of a statement's elements in the order AWS documents them; the default output order. */
  public static final List<String> CANONICAL_KEY_ORDER =
      List.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource",
          "Condition");

  /** ASCII letters and digits, indexed by character: the characters of an IAM Sid. */
  private static final boolean[] SID_CHARS = new boolean[128];

  static {
    for (char c = '0'; c <= 'z'; c++) {
      SID_CHARS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }

  Statement() {}

  /** The optional statement ID; within a policy each must be unique. */
  public abstract Optional<String> sid();

  /** Whether the statement allows or denies. This value is required. */
  public abstract Effect effect();

  /** The principal the statement applies to; resource and trust policies only. */
  public abstract Optional<Principal> principal();

  /** Every principal except these; resource policies only, and never with Allow in practice. */
  public abstract Optional<Principal> notPrincipal();

  /** The actions the statement covers. */
  public abstract List<Action> actions();

  /** The actions the statement does not cover: it covers every other one. */
  public abstract List<Action> notActions();

  /** The resources the statement covers. */
  public abstract List<Resource> resources();

  /** The resources the statement does not cover. */
  public abstract List<Resource> notResources();

  /** The conditions, all of which must hold; grouped by operator. */
  public abstract List<Condition> conditions();

  /** How {@code Action} or {@code NotAction} is written in JSON; not part of equality. */
  @Value.Auxiliary
  @Value.Default
  public ValueForm actionForm() {
    return ValueForm.SCALAR_IF_SINGLE;
  }

  /** How {@code Resource} or {@code NotResource} is written in JSON; not part of equality. */
  @Value.Auxiliary
  @Value.Default
  public ValueForm resourceForm() {
    return ValueForm.SCALAR_IF_SINGLE;
  }

  /**
   * Whether the Sid may also hold spaces, as S3 bucket policies and KMS key policies allow ({@code "Sid": "Allow
   * use of the key"}). IAM itself accepts only ASCII letters and digits, so this is false by default; a reader
   * sets it for statements with a {@code Principal} or {@code NotPrincipal}, which may belong to such a resource
   * policy. Not part of equality.
   */
  @Value.Auxiliary
  @Value.Default
  public boolean resourcePolicySid() {
    return false;
  }

  /**
   * The order in which the elements are written, by JSON name ({@code "Effect"}, {@code "Action"}...); elements
   * not listed follow in {@link #CANONICAL_KEY_ORDER}. Empty by default. Not part of equality.
   */
  @Value.Auxiliary
  public abstract List<String> keyOrder();

  /**
   * Members that IAM does not know, kept from a document read in lenient mode: JSON name to the member's value
   * as compact JSON text. Always empty for documents read strictly or built in code. Not part of equality.
   */
  @Value.Auxiliary
  public abstract Map<String, String> extensions();

  /** Returns a builder for an Allow statement with the given actions. */
  public static Builder allow(String... actions) {
    return builder().effect(Effect.ALLOW).addActions(actions);
  }

  /** Returns a builder for a Deny statement with the given actions. */
  public static Builder deny(String... actions) {
    return builder().effect(Effect.DENY).addActions(actions);
  }

  /**
   * Returns the identity-policy statement that lets its holder assume {@code role}:
   * {@code {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": role}}.
   */
  public static Statement allowAssumeRole(Arn role) {
    return builder().effect(Effect.ALLOW).addAction(Action.STS_ASSUME_ROLE).addResource(Resource.of(role)).build();
  }

  /**
   * Returns the trust-policy statement that lets {@code principal} assume the role when it passes
   * {@code externalId}: {@code {"Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole",
   * "Condition": {"StringEquals": {"sts:ExternalId": externalId}}}}.
   */
  public static Statement allowAssumeRoleBy(Principal principal, ExternalId externalId) {
    return builder()
        .effect(Effect.ALLOW)
        .principal(principal)
        .addAction(Action.STS_ASSUME_ROLE)
        .addCondition(Condition.externalIdEquals(externalId))
        .build();
  }

  /**
   * Returns the trust-policy statement that lets {@code principal} assume the role, with no condition.
   */
  public static Statement allowAssumeRoleBy(Principal principal) {
    return builder().effect(Effect.ALLOW).principal(principal).addAction(Action.STS_ASSUME_ROLE).build();
  }

  /** Returns an empty builder. {@code Effect} is required, and {@code Action} or {@code NotAction}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this statement. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Returns a copy with another Sid. */
  public Statement withSid(String newSid) {
    return ImmutableStatement.copyOf(this).withSid(newSid);
  }

  /** Returns a copy with another effect. */
  public Statement withEffect(Effect newEffect) {
    return ImmutableStatement.copyOf(this).withEffect(newEffect);
  }

  /** Returns a copy with other conditions, replacing all of them. */
  public Statement withConditions(Iterable<? extends Condition> newConditions) {
    return ImmutableStatement.copyOf(this).withConditions(newConditions);
  }

  /** Returns a copy whose elements are written in {@code order} (JSON names). */
  public Statement withKeyOrder(String... order) {
    return ImmutableStatement.copyOf(this).withKeyOrder(order);
  }

  @Value.Check
  Statement check() {
    Optional<String> sid = sid();
    if (sid.isPresent()) {
      checkSid(sid.get(), resourcePolicySid());
    }
    if (!actions().isEmpty() && !notActions().isEmpty()) {
      throw new PolicyValidationException(
          "Statement", "Action", "and NotAction must not both be present" + where(), null);
    }
    if (actions().isEmpty() && notActions().isEmpty()) {
      throw new PolicyValidationException(
          "Statement", "Action", "or NotAction is required" + where(), null);
    }
    if (principal().isPresent() && notPrincipal().isPresent()) {
      throw new PolicyValidationException(
          "Statement", "Principal", "and NotPrincipal must not both be present" + where(), null);
    }
    if (!resources().isEmpty() && !notResources().isEmpty()) {
      throw new PolicyValidationException(
          "Statement", "Resource", "and NotResource must not both be present" + where(), null);
    }
    return conditions().size() < 2 ? this : groupConditions();
  }

  private String where() {
    return sid().map(s -> " (Sid " + s + ")").orElse("");
  }

  /** IAM: ASCII letters and digits; S3 bucket and KMS key policies: spaces too. */
  private static void checkSid(String sid, boolean resourcePolicy) {
    for (int i = 0, n = sid.length(); i < n; i++) {
      char c = sid.charAt(i);
      if (c >= 128 || !SID_CHARS[c]) {
        if (resourcePolicy && c == ' ') {
          continue;
        }
        throw new PolicyValidationException("Statement", "Sid", resourcePolicy
            ? "must be ASCII letters, digits and spaces" : "must be ASCII letters and digits", sid);
      }
    }
  }

  /**
   * Refuses a key twice under one operator and groups conditions by operator, keeping first appearances. Quadratic
   * on purpose: statements hold a handful of conditions, and this allocates nothing when they are already grouped.
   */
  private Statement groupConditions() {
    List<Condition> conditions = conditions();
    int size = conditions.size();
    boolean grouped = true;
    for (int i = 1; i < size; i++) {
      Condition condition = conditions.get(i);
      ConditionOperator operator = condition.operator();
      for (int j = 0; j < i; j++) {
        Condition earlier = conditions.get(j);
        if (earlier.operator().equals(operator)) {
          if (earlier.key().equals(condition.key())) {
            throw new PolicyValidationException(
                "Statement",
                "Condition",
                "has the key " + condition.key() + " twice under " + operator + where(),
                null);
          }
          if (j < i - 1 && !conditions.get(i - 1).operator().equals(operator)) {
            grouped = false;
          }
        }
      }
    }
    if (grouped) {
      return this;
    }
    Map<ConditionOperator, List<Condition>> byOperator = new LinkedHashMap<>();
    for (Condition condition : conditions) {
      byOperator.computeIfAbsent(condition.operator(), o -> new ArrayList<>()).add(condition);
    }
    List<Condition> regrouped = new ArrayList<>(size);
    byOperator.values().forEach(regrouped::addAll);
    return ImmutableStatement.copyOf(this).withConditions(regrouped);
  }

  /** Builds a {@link Statement}. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}

    /** Sets the effect from its JSON name, {@code Allow} or {@code Deny}. */
    public Builder effect(String effect) {
      return effect(Effect.parse(effect));
    }

    /** Appends an action, such as {@code s3:GetObject}. */
    public Builder addAction(String action) {
      return addAction(Action.of(action));
    }

    /** Appends actions. */
    public Builder addActions(String... actions) {
      for (String action : actions) {
        addAction(Action.of(action));
      }
      return this;
    }

    /** Appends a NotAction entry. */
    public Builder addNotAction(String action) {
      return addNotAction(Action.of(action));
    }

    /** Appends a resource: {@code *} or an ARN. */
    public Builder addResource(String resource) {
      return addResource(Resource.of(resource));
    }

    /** Appends resources. */
    public Builder addResources(String... resources) {
      for (String resource : resources) {
        addResource(Resource.of(resource));
      }
      return this;
    }

    /** Appends a NotResource entry. */
    public Builder addNotResource(String resource) {
      return addNotResource(Resource.of(resource));
    }

    /** Appends the condition {@code operator key: values}. */
    public Builder addCondition(ConditionOperator operator, String key, String... values) {
      return addCondition(Condition.of(operator, key, values));
    }
  }
}
