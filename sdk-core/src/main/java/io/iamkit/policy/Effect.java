package io.iamkit.policy;

/**
 * The {@code Effect} element of a statement: whether it allows or explicitly denies.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html">IAM
 *     JSON policy elements: Effect</a>
 */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String jsonName;

  Effect(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The value as IAM writes it: {@code Allow} or {@code Deny}. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the effect named {@code text}, which must be exactly {@code Allow} or {@code Deny} (IAM is
   * case-sensitive here).
   *
   * @throws PolicyValidationException if the text is anything else
   */
  public static Effect parse(String text) {
    if ("Allow".equals(text)) {
      return ALLOW;
    }
    if ("Deny".equals(text)) {
      return DENY;
    }
    throw new PolicyValidationException("Statement", "Effect", "must be \"Allow\" or \"Deny\"", text);
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
