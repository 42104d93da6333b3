package io.iamkit.lint;

/**
 * The wildcards of IAM patterns: {@code *} matches any run of characters, including none, and {@code ?} exactly
 * one. Used for actions (compared without regard to case), resource ARN segments and condition values (compared
 * with case).
 */
final class Glob {
  private Glob() {}

  /** Whether {@code pattern} matches all of {@code text}. */
  static boolean matches(String pattern, String text, boolean ignoreCase) {
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = t;
      } else if (p < pattern.length()
          && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
        p++;
        t++;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  /**
   * Whether {@code outer} matches every text that {@code inner} matches. A {@code *} of {@code inner} can only be
   * matched by a {@code *} of {@code outer}, and its {@code ?} by a {@code ?} or {@code *}. This is sound (a true
   * answer is certain); should a pair exist that covers without lining up this way, it is reported as not
   * covering, which only makes the linter quieter.
   */
  static boolean covers(String outer, String inner, boolean ignoreCase) {
    if (outer.equals("*")) {
      return true;
    }
    // cover[i][j]: outer[i..] covers inner[j..]; filled from the ends.
    int n = outer.length();
    int m = inner.length();
    boolean[] next = new boolean[m + 1];
    boolean[] current = new boolean[m + 1];
    next[m] = true;
    for (int i = n - 1; i >= 0; i--) {
      char o = outer.charAt(i);
      current[m] = o == '*' && next[m];
      for (int j = m - 1; j >= 0; j--) {
        char c = inner.charAt(j);
        if (o == '*') {
          current[j] = next[j] || current[j + 1];
        } else if (c == '*') {
          current[j] = false;
        } else if (o == '?') {
          current[j] = next[j + 1];
        } else {
          current[j] = c != '?' && same(o, c, ignoreCase) && next[j + 1];
        }
      }
      boolean[] swap = next;
      next = current;
      current = swap;
    }
    return next[0];
  }

  /** Whether {@code text} holds {@code *} or {@code ?}. */
  static boolean hasWildcard(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  private static boolean same(char a, char b, boolean ignoreCase) {
    return a == b || (ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b));
  }
}
