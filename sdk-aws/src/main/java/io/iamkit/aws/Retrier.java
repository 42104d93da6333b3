package io.iamkit.aws;

import io.iamkit.policy.AccountId;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs one AWS call with bounded retries: exponential backoff with full jitter on throttling, 5xx, dropped
 * connections and, for writes, IAM's eventual consistency (a role just created not yet visible).
 */
final class Retrier {
  /** Sleeps; replaced in tests. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private static final Set<String> THROTTLING = Set.of("Throttling", "ThrottlingException", "TooManyRequests",
      "TooManyRequestsException", "RequestLimitExceeded", "SlowDown", "RequestThrottled",
      "ServiceUnavailable", "InternalError", "InternalFailure");

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Sleeper sleeper;
  private final LongUnaryOperator jitter;
  private final ApplyListener listener;

  /**
   * @param jitter returns a random number in {@code [0, bound]} for a bound in milliseconds
   */
  Retrier(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper, LongUnaryOperator jitter,
      ApplyListener listener) {
    this.maxAttempts = maxAttempts;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
    this.sleeper = sleeper;
    this.jitter = jitter;
    this.listener = listener;
  }

  /** The delay before attempt {@code failed + 1}: a random time up to {@code base * 2^(failed-1)}, capped. */
  Duration delay(int failed) {
    long cap = maxDelay.toMillis();
    long exponential = baseDelay.toMillis() << Math.min(failed - 1, 20);
    return Duration.ofMillis(jitter.applyAsLong(Math.min(cap, exponential)));
  }

  /**
   * Calls {@code call} until it succeeds, fails for good or the budget runs out.
   *
   * @param write whether the call writes, so that "not there yet" errors count as transient
   * @throws AwsApplyException on an error retrying does not cure, or when the budget runs out
   */
  <T> T call(String operation, String target, AccountId account, boolean write, Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (SdkException e) {
        @Nullable String code = errorCode(e);
        boolean transientError = isTransient(e, code, write);
        if (!transientError || attempt >= maxAttempts) {
          throw new AwsApplyException(operation, target, account, code, errorMessage(e), requestId(e), attempt,
              transientError, e);
        }
        Duration delay = delay(attempt);
        listener.retrying(operation, target, attempt, code == null ? "no response" : code, delay);
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new AwsApplyException(operation, target, account, code, "interrupted while waiting to retry",
              requestId(e), attempt, false, e);
        }
      }
    }
  }

  static boolean isTransient(SdkException e, @Nullable String code, boolean write) {
    if (e instanceof SdkClientException) {
      return true; // no response: connection refused, reset or timed out
    }
    if (!(e instanceof AwsServiceException)) {
      return false;
    }
    AwsServiceException service = (AwsServiceException) e;
    if (service.isThrottlingException() || service.statusCode() >= 500 || service.statusCode() == 429
        || (code != null && THROTTLING.contains(code))) {
      return true;
    }
    if (write && code != null) {
      // IAM is eventually consistent: a role just created may be unknown, or refused as a principal, for seconds.
      String message = errorMessage(e);
      return code.equals("NoSuchEntity")
          || ((code.equals("MalformedPolicyDocument") || code.equals("MalformedPolicy"))
              && message != null && message.toLowerCase(Locale.ROOT).contains("principal"));
    }
    return false;
  }

  static @Nullable String errorCode(SdkException e) {
    if (e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null) {
      return ((AwsServiceException) e).awsErrorDetails().errorCode();
    }
    return null;
  }

  private static @Nullable String errorMessage(SdkException e) {
    if (e instanceof AwsServiceException && ((AwsServiceException) e).awsErrorDetails() != null) {
      return ((AwsServiceException) e).awsErrorDetails().errorMessage();
    }
    Throwable cause = e.getCause();
    return cause == null ? e.getClass().getSimpleName() : cause.getClass().getSimpleName();
  }

  private static @Nullable String requestId(SdkException e) {
    return e instanceof AwsServiceException ? ((AwsServiceException) e).requestId() : null;
  }
}
