package io.iamkit.aws;

import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.policy.AccountId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Applies Databricks set-ups to AWS: {@link #plan} reads what exists and returns the changes needed;
 * {@link #apply} makes exactly those changes. Applying the same set-ups twice makes no write the second time.
 *
 * <pre>{@code
 * try (Applier applier = Applier.builder()
 *     .account(AccountClients.builder().account("111122223333").credentialsProvider(deployment).build())
 *     .account(AccountClients.builder().account("444455556666").credentialsProvider(bucketOwner).build())
 *     .listener(new ApplyListener() {
 *       public void changeApplied(Change change) { System.err.println(change); }
 *     })
 *     .build()) {
 *   Plan plan = applier.plan(setup);      // a dry run
 *   applier.apply(plan);                  // or applier.apply(setup)
 * }
 * }</pre>
 *
 * <p>What it manages and how:
 *
 * <ul>
 *   <li>A role the set-up creates is created with its trust policy and tagged {@value #MANAGED_BY_KEY} =
 *       {@value #MANAGED_BY_VALUE}. If it exists with that tag, a trust policy that differs (edited outside
 *       iamkit) is put back. If it exists without the tag, it is reported as a {@link Conflict} and not touched,
 *       unless {@link Builder#takeOver(boolean)} is set: then it is tagged and managed from then on.
 *   <li>An existing role that the set-up only extends (a {@code SetupRole} without trust policy) only gets its
 *       inline policies; it must exist.
 *   <li>Inline policies are put when missing or different. Other inline policies are never deleted.
 *   <li>An instance profile is created when missing and given its role when empty; one holding another role is a
 *       conflict.
 *   <li>A bucket policy gets the set-up's statements: statements with the same Sid are replaced, the others kept.
 * </ul>
 *
 * <p>Documents are compared with {@link io.iamkit.policy.PolicyDocuments#semanticallyEqual}, so a different
 * order or form is not a change. Each AWS call is retried on throttling, 5xx, dropped connections and IAM's
 * eventual consistency, with exponential backoff and full jitter, up to {@link Builder#retries the budget};
 * then an {@link AwsApplyException} says which call, why and the request ID.
 *
 * <p>An applier owns the clients it builds: close it when done. It is not meant for concurrent use.
 */
public final class Applier implements AutoCloseable {
  /** The key of the tag that marks a role as managed by iamkit. */
  public static final String MANAGED_BY_KEY = "iamkit:managed-by";
  /** The value of that tag. */
  public static final String MANAGED_BY_VALUE = "iamkit";

  private final Map<AccountId, AccountClients> accounts;
  private final Map<AccountId, Clients> clients = new LinkedHashMap<>();
  private final boolean takeOver;
  private final ApplyListener listener;
  private final Retrier retrier;

  private Applier(Builder builder) {
    this.accounts = Map.copyOf(builder.accounts);
    this.takeOver = builder.takeOver;
    this.listener = builder.listener;
    this.retrier = new Retrier(builder.maxAttempts, builder.baseDelay, builder.maxDelay, builder.sleeper,
        bound -> bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1), builder.listener);
  }

  /** Returns an empty builder; give one {@link AccountClients} per account the set-ups use. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads what exists in every account the set-ups use and returns the changes needed. Reads only.
   *
   * @throws AwsApplyException if a read fails for good, or a set-up uses an account without clients
   */
  public Plan plan(DatabricksSetup... setups) {
    return new Planner(this::clients, retrier, takeOver).plan(List.of(setups));
  }

  /**
   * Plans, then makes the plan's changes; returns the plan it made.
   *
   * @throws AwsApplyException if a call fails for good; the changes before it are made
   */
  public Plan apply(DatabricksSetup... setups) {
    Plan plan = plan(setups);
    apply(plan);
    return plan;
  }

  /**
   * Makes the changes of {@code plan}, in order, telling the listener about each; conflicts stay untouched.
   *
   * @throws AwsApplyException if a call fails for good; the changes before it are made
   */
  public void apply(Plan plan) {
    Objects.requireNonNull(plan, "plan == null");
    for (Change change : plan.changes()) {
      listener.changeStarting(change);
      new ChangeWriter(clients(change.account()), retrier).write(change);
      listener.changeApplied(change);
    }
  }

  Clients clients(AccountId account) {
    Clients existing = clients.get(account);
    if (existing != null) {
      return existing;
    }
    AccountClients configuration = accounts.get(account);
    if (configuration == null) {
      throw new AwsApplyException("No AccountClients for account " + account + ", which the set-up uses; have "
          + accounts.keySet());
    }
    Clients created = new Clients(account, configuration.buildIamClient(), configuration.buildS3Client());
    clients.put(account, created);
    return created;
  }

  /** Closes the clients this applier built. */
  @Override
  public void close() {
    clients.values().forEach(Clients::close);
    clients.clear();
  }

  @Override
  public String toString() {
    return "Applier{accounts=" + accounts.keySet() + (takeOver ? ", takeOver" : "") + "}";
  }

  /** Builds an {@link Applier}. */
  public static final class Builder {
    private final Map<AccountId, AccountClients> accounts = new LinkedHashMap<>();
    private boolean takeOver;
    private ApplyListener listener = ApplyListener.NONE;
    private int maxAttempts = 8;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration maxDelay = Duration.ofSeconds(10);
    private Retrier.Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

    private Builder() {}

    /** Adds the clients of one account, replacing any given before for the same account. */
    public Builder account(AccountClients value) {
      accounts.put(value.account(), value);
      return this;
    }

    /**
     * Whether to manage roles that exist without iamkit's managed-by tag: tag them, and put back their trust
     * policy and inline policies. Off by default: such roles are reported as conflicts and left alone.
     */
    public Builder takeOver(boolean value) {
      this.takeOver = value;
      return this;
    }

    /** The listener to tell about each change; none by default. */
    public Builder listener(ApplyListener value) {
      this.listener = Objects.requireNonNull(value, "listener == null");
      return this;
    }

    /**
     * The retry budget of each AWS call: at most {@code maxAttempts} attempts, waiting a random time up to
     * {@code baseDelay * 2^(n-1)} (at most {@code maxDelay}) after the n-th failure. By default 8 attempts,
     * 200 ms and 10 s.
     *
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1 or a delay is negative
     */
    public Builder retries(int maxAttempts, Duration baseDelay, Duration maxDelay) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      if (baseDelay.isNegative() || maxDelay.isNegative()) {
        throw new IllegalArgumentException("delays must not be negative: " + baseDelay + ", " + maxDelay);
      }
      this.maxAttempts = maxAttempts;
      this.baseDelay = baseDelay;
      this.maxDelay = maxDelay;
      return this;
    }

    Builder sleeper(Retrier.Sleeper value) {
      this.sleeper = value;
      return this;
    }

    /** Returns the applier; it builds its clients on first use. */
    public Applier build() {
      return new Applier(this);
    }
  }
}
