package io.iamkit.policy;


/** Thrown when a policy is over the IAM size limit for its kind; the message gives the size and the limit. */
public final class PolicySizeException extends PolicyValidationException {
  private static final long serialVersionUID = 1L;

  private final transient SizeCheck check;

  PolicySizeException(SizeCheck check) {
    super("PolicyDocument", "", "is over the IAM size limit: " + check, null);
    this.check = check;
  }

  /** The measurement that failed. */
  public SizeCheck check() {
    return check;
  }
}
