package io.iamkit.policy;

import java.util.Optional;

/**
 * A resource in the {@code Resource} or {@code NotResource} element: {@code *} or an ARN, which may hold
 * wildcards and policy variables ({@code arn:aws:s3:::my-bucket/home/${aws:username}/*}).
 *
 * <p>Resources compare by their exact text: IAM matches resource ARNs case-sensitively.
 *
 * <pre>{@code
 * Resource objects = Resource.of("arn:aws:s3:::my-bucket/*");
 * Resource bucket = Resource.of(Arn.bucket(Partition.AWS, "my-bucket"));
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">IAM
 *     JSON policy elements: Resource</a>
 */
public final class Resource {
  /** Every resource: {@code *}. */
  public static final Resource ALL = new Resource("*");

  private final String text;

  private Resource(String text) {
    this.text = text;
  }

  /**
   * Returns the resource {@code text}: {@code *} or an ARN.
   *
   * @throws PolicyValidationException if it is neither {@code *} nor in the form
   *     {@code arn:partition:service:region:account-id:resource}
   */
  public static Resource of(String text) {
    if (text.equals("*")) {
      return ALL;
    }
    if (!Arn.isArnShaped(text)) {
      throw new PolicyValidationException(
          "Statement", "Resource", "must be \"*\" or an ARN (arn:partition:service:region:account:resource)", text);
    }
    return new Resource(text);
  }

  /** Returns the resource named by {@code arn}. */
  public static Resource of(Arn arn) {
    return new Resource(arn.toString());
  }

  /** Whether this is {@code *}. */
  public boolean isAll() {
    return this == ALL || text.equals("*");
  }

  /** The ARN, or empty for {@code *}. */
  public Optional<Arn> arn() {
    return isAll() ? Optional.empty() : Arn.tryParse(text);
  }

  /** The resource exactly as written. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Resource && ((Resource) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the resource exactly as written. */
  @Override
  public String toString() {
    return text;
  }
}
