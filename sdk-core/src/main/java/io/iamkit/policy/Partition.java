package io.iamkit.policy;

/**
 * An AWS partition: the first component of every ARN after {@code arn:}, naming a group of regions with its own
 * accounts and endpoints.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM identifiers: ARNs</a>
 */
public enum Partition {
  /** The commercial regions. */
  AWS("aws"),
  /** AWS GovCloud (US). */
  AWS_US_GOV("aws-us-gov"),
  /** The China regions. */
  AWS_CN("aws-cn");

  private final String id;

  Partition(String id) {
    this.id = id;
  }

  /** The partition as written in an ARN, such as {@code aws-us-gov}. */
  public String id() {
    return id;
  }

  /**
   * Returns the partition written as {@code id} in an ARN.
   *
   * @throws PolicyValidationException if it is not {@code aws}, {@code aws-us-gov} or {@code aws-cn}
   */
  public static Partition parse(String id) {
    for (Partition partition : values()) {
      if (partition.id.equals(id)) {
        return partition;
      }
    }
    throw new PolicyValidationException(
        "Partition", "", "must be one of \"aws\", \"aws-us-gov\", \"aws-cn\"", id);
  }

  @Override
  public String toString() {
    return id;
  }
}
