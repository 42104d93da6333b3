package io.iamkit.export;

import io.iamkit.policy.IamkitException;

/**
 * Thrown when two set-ups of one list would make the same resource: both create a role or an instance profile of
 * the same ARN, both put an inline policy of the same name on one role, or both set the policy of one bucket (a
 * bucket has a single policy). Deployed together, one would silently overwrite the other.
 */
public final class ResourceConflictException extends IamkitException {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final int firstSetup;
  private final int secondSetup;

  ResourceConflictException(String resource, int firstSetup, int secondSetup) {
    super("Set-ups " + firstSetup + " and " + secondSetup + " both make " + resource
        + "; only one set-up may make it");
    this.resource = resource;
    this.firstSetup = firstSetup;
    this.secondSetup = secondSetup;
  }

  /** The resource, such as {@code role arn:aws:iam::111122223333:role/MyRoleA}. */
  public String resource() {
    return resource;
  }

  /** The index in the list of the set-up that made the resource first. */
  public int firstSetup() {
    return firstSetup;
  }

  /** The index in the list of the set-up that makes it again. */
  public int secondSetup() {
    return secondSetup;
  }
}
