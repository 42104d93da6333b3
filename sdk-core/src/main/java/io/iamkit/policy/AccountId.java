package io.iamkit.policy;

/**
 * An AWS account ID: exactly 12 decimal digits, leading zeros included ({@code 044793339203} is a valid ID and
 * is not the same as {@code 44793339203}).
 *
 * <pre>{@code
 * AccountId databricks = AccountId.of("414351767826");
 * String root = databricks.rootArn(Partition.AWS);   // arn:aws:iam::414351767826:root
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html">AWS account
 *     identifiers</a>
 */
public final class AccountId implements Comparable<AccountId> {
  private final String digits;

  private AccountId(String digits) {
    this.digits = digits;
  }

  /**
   * Returns the account ID written as {@code text}.
   *
   * @throws PolicyValidationException if {@code text} is not exactly 12 ASCII digits
   */
  public static AccountId of(String text) {
    if (!isValid(text)) {
      throw new PolicyValidationException(
          "AccountId", "", "must be exactly 12 digits (" + describeLength(text) + ")", text);
    }
    return new AccountId(text);
  }

  /** Whether {@code text} is exactly 12 ASCII digits. */
  public static boolean isValid(CharSequence text) {
    if (text.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String describeLength(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        digits++;
      }
    }
    return digits == text.length() ? "got " + digits + " digits" : "got characters other than digits";
  }

  /** The 12 digits. */
  public String value() {
    return digits;
  }

  /** The ARN of the account's root principal, {@code arn:<partition>:iam::<id>:root}. */
  public String rootArn(Partition partition) {
    return "arn:" + partition.id() + ":iam::" + digits + ":root";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccountId && ((AccountId) other).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public int compareTo(AccountId other) {
    return digits.compareTo(other.digits);
  }

  /** Returns the 12 digits. */
  @Override
  public String toString() {
    return digits;
  }
}
