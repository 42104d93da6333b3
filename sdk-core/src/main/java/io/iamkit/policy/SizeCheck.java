package io.iamkit.policy;

import java.util.Locale;

/** The size of one or more documents measured against a {@link SizeLimit}. */
public final class SizeCheck {
  private final int size;
  private final SizeLimit limit;

  SizeCheck(int size, SizeLimit limit) {
    this.size = size;
    this.limit = limit;
  }

  /** The size in characters, whitespace not counted. */
  public int size() {
    return size;
  }

  /** The limit measured against. */
  public SizeLimit limit() {
    return limit;
  }

  /** Whether the size is over the limit. */
  public boolean exceeded() {
    return size > limit.characters();
  }

  /**
   * Returns this check if the size is within the limit.
   *
   * @throws PolicySizeException if it is over
   */
  public SizeCheck requireWithin() {
    return requireWithin("PolicyDocument");
  }

  /**
   * Returns this check if the size is within the limit.
   *
   * @param what the document measured, for the message, such as {@code Role MyRoleB trust policy}
   * @throws PolicySizeException if it is over
   */
  public SizeCheck requireWithin(String what) {
    if (exceeded()) {
      throw new PolicySizeException(what, this);
    }
    return this;
  }

  /** Returns e.g. {@code 2,310 of 2,048 characters for a role trust policy (over by 262)}. */
  @Override
  public String toString() {
    String text = String.format(Locale.ROOT, "%,d of %,d characters for %s", size, limit.characters(), limit.kind());
    return exceeded() ? text + String.format(Locale.ROOT, " (over by %,d)", size - limit.characters()) : text;
  }
}
