package io.iamkit.eval;

import org.jspecify.annotations.Nullable;

/**
 * Wildcard matching as IAM does it: {@code *} matches any run of characters (including none), {@code ?} exactly
 * one UTF-16 unit. No regular expressions and no allocation.
 */
final class Glob {
  private Glob() {}

  /** Whether {@code text} matches {@code pattern}, where every {@code *} and {@code ?} is a wildcard. */
  static boolean matches(String pattern, String text) {
    return matches(pattern, 0, pattern.length(), null, text, 0, text.length());
  }

  /** Whether the pattern holds a wildcard. */
  static boolean hasWildcard(String pattern) {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  /**
   * Whether {@code text[tFrom, tTo)} matches {@code pattern[pFrom, pTo)}. When {@code literal} is not null, a
   * {@code *} or {@code ?} at a position {@code i} with {@code literal[i]} set is an ordinary character (it came
   * from a policy variable or from {@code ${*}}).
   */
  static boolean matches(
      String pattern, int pFrom, int pTo, boolean @Nullable [] literal, String text, int tFrom, int tTo) {
    int p = pFrom;
    int t = tFrom;
    int star = -1;
    int mark = tFrom;
    while (t < tTo) {
      if (p < pTo) {
        char pc = pattern.charAt(p);
        boolean wild = literal == null || !literal[p];
        if (pc == '*' && wild) {
          star = p++;
          mark = t;
          continue;
        }
        if ((pc == '?' && wild) || pc == text.charAt(t)) {
          p++;
          t++;
          continue;
        }
      }
      if (star >= 0) {
        p = star + 1;
        t = ++mark;
      } else {
        return false;
      }
    }
    while (p < pTo && pattern.charAt(p) == '*' && (literal == null || !literal[p])) {
      p++;
    }
    return p == pTo;
  }
}
