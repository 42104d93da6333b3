package io.iamkit.lint;

/**
 * The stable code of a {@link Finding}: what was found, with its {@link Severity}. Codes are part of the API:
 * they are never renamed, so that tools can filter on them.
 */
public enum FindingCode {
  // Grammar and kind

  /** A {@code Principal} or {@code NotPrincipal} in an identity policy or an SCP, which IAM refuses. */
  IDENTITY_PRINCIPAL(Severity.ERROR),
  /** An {@code Id} in an identity policy, which the policy grammar forbids. */
  IDENTITY_ID(Severity.WARNING),
  /** A {@code NotPrincipal} in a role trust policy, which IAM refuses. */
  TRUST_NOT_PRINCIPAL(Severity.ERROR),
  /** A {@code Resource} or {@code NotResource} in a role trust policy, which IAM refuses. */
  TRUST_RESOURCE(Severity.ERROR),
  /** An action in a role trust policy that a trust policy does not control, such as {@code s3:GetObject}. */
  TRUST_ACTION(Severity.WARNING),
  /** A statement of a resource or trust policy with neither {@code Principal} nor {@code NotPrincipal}. */
  MISSING_PRINCIPAL(Severity.ERROR),
  /** A principal other than {@code "*"} in a resource control policy, or a {@code NotPrincipal}. */
  RCP_PRINCIPAL(Severity.ERROR),
  /** A statement of an identity, resource or organization policy with no {@code Resource} or {@code NotResource}. */
  MISSING_RESOURCE(Severity.ERROR),
  /** A {@code Sid} with characters other than ASCII letters and digits outside a resource policy. */
  INVALID_SID(Severity.ERROR),
  /** A wildcard inside a principal, such as {@code arn:aws:iam::123456789012:role/*}; only {@code "*"} alone is. */
  PRINCIPAL_PARTIAL_WILDCARD(Severity.ERROR),
  /** A principal that is no account, user, role, session, service, federation provider or canonical user. */
  INVALID_PRINCIPAL(Severity.ERROR),
  /** A principal written as a unique ID ({@code AROA...}): IAM shows these when the user or role was deleted. */
  PRINCIPAL_UNIQUE_ID(Severity.WARNING),
  /** A resource ARN IAM cannot match: unknown partition, wildcard in the service, an account that is not 12 digits. */
  INVALID_ARN(Severity.ERROR),
  /** A resource ARN whose service no AWS resource type uses. */
  UNKNOWN_ARN_SERVICE(Severity.WARNING),
  /** An action whose service prefix AWS does not document. */
  UNKNOWN_SERVICE(Severity.ERROR),
  /** An action, or action pattern, that matches no action of its service. */
  UNKNOWN_ACTION(Severity.ERROR),
  /** A wildcard-only action (no resource type) in a statement whose {@code Resource} names only ARNs. */
  ACTION_NEEDS_ALL_RESOURCES(Severity.WARNING),
  /** The same action twice in one statement. */
  DUPLICATE_ACTION(Severity.WARNING),
  /** An action covered by a pattern of the same statement, such as {@code s3:GetObject} next to {@code s3:Get*}. */
  REDUNDANT_ACTION(Severity.INFO),
  /** The same resource twice in one statement. */
  DUPLICATE_RESOURCE(Severity.WARNING),
  /** A resource already covered by a pattern of the same statement. */
  REDUNDANT_RESOURCE(Severity.INFO),
  /** A statement that another statement with the same effect entirely covers. */
  SHADOWED_STATEMENT(Severity.WARNING),
  /** An Allow statement that a Deny statement always overrides, so that it grants nothing. */
  ALLOW_ALWAYS_DENIED(Severity.WARNING),
  /** No {@code Version}: IAM reads the policy as {@code 2008-10-17}. */
  VERSION_MISSING(Severity.WARNING),
  /** {@code "Version": "2008-10-17"} in a policy without policy variables. */
  VERSION_OLD(Severity.INFO),
  /** A policy variable in a policy that is not {@code 2012-10-17}, where IAM reads it as literal text. */
  POLICY_VARIABLE_NOT_SUPPORTED(Severity.ERROR),
  /** A policy variable where IAM does not replace it: in a principal, or in a condition other than String or Arn. */
  POLICY_VARIABLE_MISPLACED(Severity.WARNING),
  /** A document over the size quota of its kind. */
  POLICY_TOO_LARGE(Severity.ERROR),

  // Security

  /** A trust statement that lets an AWS principal assume the role without an {@code sts:ExternalId} condition. */
  TRUST_WITHOUT_EXTERNAL_ID(Severity.WARNING),
  /** {@code sts:ExternalId} tested so that a caller passing no external ID gets through. */
  EXTERNAL_ID_BYPASSABLE(Severity.ERROR),
  /** {@code sts:ExternalId} tested so that any external ID is accepted. */
  EXTERNAL_ID_ANY_VALUE(Severity.WARNING),
  /**
   * {@code sts:ExternalId} tested only against values that no {@code AssumeRole} call can pass (an external ID is 2
   * to 1,224 characters of letters, digits and {@code _+=,.@:/-}), so the condition is never true.
   */
  EXTERNAL_ID_IMPOSSIBLE(Severity.ERROR),
  /** One of the values {@code sts:ExternalId} is tested against is no external ID {@code AssumeRole} accepts. */
  EXTERNAL_ID_INVALID_VALUE(Severity.WARNING),
  /** A trust statement that lets everyone ({@code "*"}) assume the role, with no condition. */
  PUBLIC_TRUST(Severity.ERROR),
  /** A resource policy statement allowing everyone ({@code "*"}), anonymous callers included, with no condition. */
  PUBLIC_PRINCIPAL(Severity.WARNING),
  /** {@code NotPrincipal} with Allow: grants everyone else, anonymous callers included. */
  NOT_PRINCIPAL_WITH_ALLOW(Severity.ERROR),
  /** {@code NotAction} with Allow: grants every other action of every service, today's and tomorrow's. */
  NOT_ACTION_WITH_ALLOW(Severity.WARNING),
  /** {@code NotResource} with Allow: grants the actions on every other resource. */
  NOT_RESOURCE_WITH_ALLOW(Severity.WARNING),
  /** {@code iam:PassRole} allowed on {@code "Resource": "*"}: the holder can hand any role to a service. */
  PASS_ROLE_ON_ALL_RESOURCES(Severity.WARNING),
  /** {@code "Action": "*"} in an Allow statement. */
  ALL_ACTIONS(Severity.WARNING),

  // Databricks and what the lint context knows

  /** A Unity Catalog role whose trust (or permissions) policy does not let the role assume itself. */
  UC_SELF_ASSUME_MISSING(Severity.ERROR),
  /** A Unity Catalog role whose trust policy does not name the Unity Catalog master role of its partition. */
  UC_PRINCIPAL_MISSING(Severity.ERROR),
  /** {@code sts:ExternalId} tested against values other than the external ID the set-up passes. */
  EXTERNAL_ID_MISMATCH(Severity.ERROR),
  /** A role in a Databricks AWS account that is none of the roles Databricks documents (a typo?). */
  DATABRICKS_UNKNOWN_ROLE(Severity.WARNING),

  // Databricks set-ups, checked as a whole (io.iamkit.sim.databricks.SetupDiagnostics)

  /** The trust policy of a set-up's role does not name the third party the set-up is for. */
  THIRD_PARTY_PRINCIPAL_MISSING(Severity.ERROR),
  /** An {@code AssumeRole} a set-up exists for is denied, or refused by STS, in the simulation. */
  ASSUME_ROLE_DENIED(Severity.ERROR),
  /** The SCPs of the caller's account do not allow an {@code sts:AssumeRole} a set-up exists for. */
  SCP_DENIES_ASSUME_ROLE(Severity.ERROR),
  /** A set-up's role cannot read, list or write the set-up's bucket in the simulation. */
  S3_PERMISSIONS_MISSING(Severity.ERROR),
  /** A role or trust policy of the set-up is not in the account model checked against it. */
  SETUP_RESOURCE_MISSING(Severity.ERROR);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = severity;
  }

  /** How serious findings with this code are. */
  public Severity severity() {
    return severity;
  }
}
