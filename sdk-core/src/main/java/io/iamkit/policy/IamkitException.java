package io.iamkit.policy;

/**
 * The root of every exception iamkit throws on purpose. It is unchecked: no public iamkit method throws a checked
 * exception. Catch this type to handle any iamkit failure; catch a subclass to handle one kind.
 *
 * <p>Messages quote the offending input so that a user can find it, but never a credential or session token.
 */
public class IamkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected IamkitException(String message) {
    super(message);
  }

  protected IamkitException(String message, Throwable cause) {
    super(message, cause);
  }
}
