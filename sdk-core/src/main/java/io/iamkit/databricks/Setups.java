package io.iamkit.databricks;

import org.jspecify.annotations.Nullable;

/** Helpers shared by the set-up builders. */
final class Setups {
  private Setups() {}

  /** Returns {@code value}, or fails naming the missing parameter and the set-up that needs it. */
  static <T> T require(@Nullable T value, String parameter, String setup) {
    if (value == null) {
      throw new ParameterException(parameter, null, "is required by " + setup);
    }
    return value;
  }
}
