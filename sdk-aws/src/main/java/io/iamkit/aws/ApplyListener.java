package io.iamkit.aws;

import java.time.Duration;

/**
 * Hears what {@link Applier#apply} does, change by change; the command line prints it. Every method does nothing
 * by default. Called on the applying thread.
 */
public interface ApplyListener {
  /** A listener that does nothing. */
  ApplyListener NONE = new ApplyListener() {};

  /** {@code change} is about to be made. */
  default void changeStarting(Change change) {}

  /** {@code change} was made. */
  default void changeApplied(Change change) {}

  /**
   * A call failed with a transient error ({@code errorCode}, such as {@code Throttling}) and is retried after
   * {@code delay}; {@code attempt} is the number of the attempt that failed, from 1.
   */
  default void retrying(String operation, String target, int attempt, String errorCode, Duration delay) {}
}
