package io.iamkit.aws;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One live call of a {@link VerificationReport}: a hop of the AssumeRole chain, the negative external-ID check, or
 * an S3 probe; what AWS answered, and what the offline evaluator predicted from the set-up's documents.
 *
 * <p>It holds no credential: only names, ARNs, error codes, request IDs and durations.
 */
public final class VerificationStep {
  /** The kinds of steps, in the order they run. */
  public enum Kind {
    /** GetCallerIdentity with the base credentials. */
    BASE_IDENTITY,
    /** AssumeRole into a role of the chain, confirmed with GetCallerIdentity. */
    ASSUME_ROLE,
    /** AssumeRole with a wrong external ID, which must be refused. */
    WRONG_EXTERNAL_ID,
    /** ListObjectsV2 on the bucket. */
    S3_LIST,
    /** PutObject of a small probe object. */
    S3_PUT,
    /** GetObject of the probe object. */
    S3_GET,
    /** DeleteObject of the probe object. */
    S3_DELETE
  }

  /** What AWS answered. */
  public enum Live {
    /** The call succeeded. */
    ALLOWED,
    /** AWS refused it (AccessDenied or a similar code). */
    DENIED,
    /** Another error, or no response. */
    ERROR,
    /** Not run, because an earlier step failed. */
    NOT_RUN
  }

  /** What the offline evaluator predicted from the set-up's documents. */
  public enum Prediction {
    /** The set-up's documents allow it. */
    ALLOWED,
    /** The set-up's documents do not allow it. */
    DENIED,
    /** iamkit cannot predict it (it does not know the caller's policies, for example). */
    NOT_PREDICTED
  }

  private final Kind kind;
  private final String target;
  private final boolean expectAllowed;
  private final Live live;
  private final @Nullable String errorCode;
  private final @Nullable String requestId;
  private final Duration duration;
  private final int attempts;
  private final Prediction prediction;
  private final String predictionReason;
  private final @Nullable String detail;
  private final @Nullable String cause;

  VerificationStep(Kind kind, String target, boolean expectAllowed, Live live, @Nullable String errorCode,
      @Nullable String requestId, Duration duration, int attempts, Prediction prediction, String predictionReason,
      @Nullable String detail, @Nullable String cause) {
    this.kind = Objects.requireNonNull(kind);
    this.target = Objects.requireNonNull(target);
    this.expectAllowed = expectAllowed;
    this.live = Objects.requireNonNull(live);
    this.errorCode = errorCode;
    this.requestId = "UNKNOWN".equals(requestId) ? null : requestId;
    this.duration = Objects.requireNonNull(duration);
    this.attempts = attempts;
    this.prediction = Objects.requireNonNull(prediction);
    this.predictionReason = Objects.requireNonNull(predictionReason);
    this.detail = detail;
    this.cause = cause;
  }

  /** What kind of call this is. */
  public Kind kind() {
    return kind;
  }

  /** What the call was about: a role ARN, {@code s3://bucket} or {@code s3://bucket/key}. */
  public String target() {
    return target;
  }

  /** Whether the set-up promises this call succeeds ({@code false} for the wrong external ID check). */
  public boolean expectAllowed() {
    return expectAllowed;
  }

  /** What AWS answered. */
  public Live live() {
    return live;
  }

  /** Whether AWS answered as the set-up promises. */
  public boolean passed() {
    return expectAllowed ? live == Live.ALLOWED : live == Live.DENIED;
  }

  /** The AWS error code of the last attempt, such as {@code AccessDenied}; empty on success or without response. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The request ID of the last attempt, for AWS support and CloudTrail. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** How long the step took, retries included. */
  public Duration duration() {
    return duration;
  }

  /** How many attempts were made (AssumeRole is retried on AccessDenied within the propagation window). */
  public int attempts() {
    return attempts;
  }

  /** What the offline evaluator predicted from the set-up's documents. */
  public Prediction prediction() {
    return prediction;
  }

  /** Why the evaluator predicted that, in words. */
  public String predictionReason() {
    return predictionReason;
  }

  /**
   * Whether AWS and the offline prediction differ: the account has something iamkit did not see (an SCP, a
   * permissions boundary, a KMS key policy, documents that differ from the set-up's).
   */
  public boolean differsFromPrediction() {
    if (prediction == Prediction.NOT_PREDICTED || (live != Live.ALLOWED && live != Live.DENIED)) {
      return false;
    }
    return (live == Live.ALLOWED) != (prediction == Prediction.ALLOWED);
  }

  /** What AWS said: the identity GetCallerIdentity confirmed, or the error message. */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /** For a failed step, the cause as far as iamkit can tell (from the live documents when it could read them). */
  public Optional<String> cause() {
    return Optional.ofNullable(cause);
  }

  /** Returns one line: kind, target, pass or fail, live answer, prediction, error code, request ID, duration. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.name()).append(' ').append(target).append(": ")
        .append(passed() ? "PASS" : "FAIL").append(" (live ").append(live)
        .append(", predicted ").append(prediction).append(')');
    if (errorCode != null) {
      text.append(" error ").append(errorCode);
    }
    if (requestId != null) {
      text.append(" request ").append(requestId);
    }
    text.append(' ').append(duration.toMillis()).append(" ms");
    if (attempts > 1) {
      text.append(", ").append(attempts).append(" attempts");
    }
    if (differsFromPrediction()) {
      text.append(" [differs from prediction]");
    }
    if (cause != null) {
      text.append(" cause: ").append(cause);
    }
    return text.toString();
  }
}
