package io.iamkit.eval;

/**
 * Three-valued (Kleene) logic for the fail-closed rule: an element is {@link #YES}, {@link #NO} or
 * {@link #UNKNOWN} (not understood). An {@code Allow} statement counts only when it is {@code YES}; a
 * {@code Deny} statement counts when it is {@code YES} or {@code UNKNOWN}.
 */
final class Tri {
  static final int NO = 0;
  static final int YES = 1;
  static final int UNKNOWN = 2;

  private Tri() {}

  static int and(int a, int b) {
    if (a == NO || b == NO) {
      return NO;
    }
    return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : YES;
  }

  static int or(int a, int b) {
    if (a == YES || b == YES) {
      return YES;
    }
    return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : NO;
  }

  static int not(int a) {
    return a == UNKNOWN ? UNKNOWN : (a == YES ? NO : YES);
  }

  static int of(boolean b) {
    return b ? YES : NO;
  }
}
