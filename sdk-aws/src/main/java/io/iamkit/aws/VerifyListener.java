package io.iamkit.aws;

import java.time.Duration;

/**
 * Hears what {@link ChainVerifier#verifyChain} does, step by step; the command line prints it. Every method does
 * nothing by default. Nothing it is given holds a credential.
 */
public interface VerifyListener {
  /** A listener that does nothing. */
  VerifyListener NONE = new VerifyListener() {};

  /** {@code step} is done (or was skipped). */
  default void stepFinished(VerificationStep step) {}

  /**
   * AssumeRole into {@code roleArn} was refused with {@code errorCode}, probably because the role is new and not yet
   * assumable everywhere; it is tried again after {@code delay}. {@code attempt} is the attempt that failed, from 1.
   */
  default void retrying(String roleArn, int attempt, String errorCode, Duration delay) {}
}
