package io.iamkit.aws;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.IamkitException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An AWS call made while planning or applying failed: with an error that retrying does not cure, or with
 * transient errors until the retry budget ran out ({@link #budgetExhausted()}). The message names the operation,
 * the target, the account, the AWS error code and the request ID; never a credential.
 */
public final class AwsApplyException extends IamkitException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String target;
  private final transient @Nullable AccountId account;
  private final @Nullable String errorCode;
  private final @Nullable String requestId;
  private final int attempts;
  private final boolean budgetExhausted;

  AwsApplyException(String operation, String target, @Nullable AccountId account, @Nullable String errorCode,
      @Nullable String errorMessage, @Nullable String requestId, int attempts, boolean budgetExhausted,
      @Nullable Throwable cause) {
    super(message(operation, target, account, errorCode, errorMessage, requestId, attempts, budgetExhausted),
        cause);
    this.operation = operation;
    this.target = target;
    this.account = account;
    this.errorCode = errorCode;
    this.requestId = requestId;
    this.attempts = attempts;
    this.budgetExhausted = budgetExhausted;
  }

  /** A failure that is not an AWS call's: a set-up that names an account without clients, for example. */
  AwsApplyException(String message) {
    super(message);
    this.operation = "";
    this.target = "";
    this.account = null;
    this.errorCode = null;
    this.requestId = null;
    this.attempts = 0;
    this.budgetExhausted = false;
  }

  private static String message(String operation, String target, @Nullable AccountId account,
      @Nullable String errorCode, @Nullable String errorMessage, @Nullable String requestId, int attempts,
      boolean budgetExhausted) {
    StringBuilder text = new StringBuilder(operation).append(' ').append(target);
    if (account != null) {
      text.append(" in account ").append(account);
    }
    text.append(budgetExhausted ? " failed: retry budget exhausted after " + attempts + " attempts"
        : " failed" + (attempts > 1 ? " after " + attempts + " attempts" : ""));
    text.append(": ").append(errorCode == null ? "no response" : errorCode);
    if (errorMessage != null && !errorMessage.isEmpty()) {
      text.append(" (").append(errorMessage).append(')');
    }
    if (requestId != null) {
      text.append(", request ID ").append(requestId);
    }
    return text.toString();
  }

  /** The AWS operation, such as {@code PutRolePolicy}; empty for a failure that is not a call's. */
  public String operation() {
    return operation;
  }

  /** What the call was about, such as {@code role/MyRoleA} or {@code bucket/my-bucket}. */
  public String target() {
    return target;
  }

  /** The account the call went to. */
  public Optional<AccountId> account() {
    return Optional.ofNullable(account);
  }

  /** The AWS error code of the last attempt, such as {@code Throttling}; empty when no response came. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The request ID of the last attempt, for AWS support. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** How many attempts were made. */
  public int attempts() {
    return attempts;
  }

  /** Whether the call kept failing with transient errors until the retry budget ran out. */
  public boolean budgetExhausted() {
    return budgetExhausted;
  }
}
