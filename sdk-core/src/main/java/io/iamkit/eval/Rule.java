package io.iamkit.eval;

/**
 * The rule that decided an evaluation, in words, citing the reference (rule numbers of
 * IAM-EVALUATION-RULES.md). {@code {arg}} is filled by {@link #text(int)}.
 */
enum Rule {
  GET_CALLER_IDENTITY("sts:GetCallerIdentity needs no permission: it is allowed for every authenticated caller, "
      + "even under an explicit Deny (rule 1.13)"),
  EXPLICIT_DENY("explicit deny: a Deny statement in the {kind} matches, and a Deny wins over every Allow "
      + "(rule 1.1)"),
  ROOT_CANNOT_ASSUME_ROLE("the root user cannot call sts:AssumeRole; only IAM users and roles can "
      + "(STS API reference, AssumeRole)"),
  SCP_LEVEL_WITHOUT_ALLOW("SCP level {level} has no Allow that matches; every level from the organization root "
      + "to the account must allow (rule 1.3)"),
  VPC_ENDPOINT_WITHOUT_ALLOW("VPC endpoint policy {index} has no Allow that matches"),
  ANONYMOUS_ALLOWED("anonymous caller: a resource policy statement for Principal \"*\" (or a NotPrincipal) "
      + "allows (rule 1.11)"),
  ANONYMOUS_DENIED("anonymous caller: only a resource policy statement for Principal \"*\" (or a NotPrincipal) "
      + "can grant, and none matches (rule 1.11)"),
  SERVICE_ALLOWED("service principal: a resource policy statement naming the service allows (rule 1.12)"),
  SERVICE_DENIED("service principal: only a resource policy statement naming the service can grant, and none "
      + "matches (rule 1.12)"),
  CROSS_ACCOUNT_ALLOWED("cross-account: the identity side (identity policy, boundary, session policy) and the "
      + "resource policy both allow (rule 1.7)"),
  CROSS_ACCOUNT_NO_RESOURCE_POLICY("cross-account: the resource has no resource policy, so the resource account "
      + "does not allow; identity policies alone cannot grant access to another account's resource (rule 1.7)"),
  CROSS_ACCOUNT_RESOURCE_SIDE_NO_MATCH("cross-account: identity side allows, resource side has no matching "
      + "statement (rule 1.7)"),
  CROSS_ACCOUNT_IDENTITY_SIDE_DENIES("cross-account: the resource policy allows, but on the identity side {why} "
      + "(rule 1.7)"),
  CROSS_ACCOUNT_NEITHER("cross-account: neither side allows: the resource policy has no matching statement, and "
      + "on the identity side {why} (rule 1.7)"),
  SAME_ACCOUNT_SESSION_PRINCIPAL("same account: the resource policy names the session ARN, which is granted "
      + "directly and not limited by identity policies, boundary or session policy (rule 1.8)"),
  SAME_ACCOUNT_USER_PRINCIPAL("same account: the resource policy names the IAM user ARN, which is not limited by "
      + "an implicit deny in identity policies or the boundary (rule 1.8)"),
  SAME_ACCOUNT_LIMITED_PRINCIPAL_ALLOWED("same account: the resource policy allows the caller (by role ARN, "
      + "\"*\", NotPrincipal or the user who federated), and neither the boundary nor a session policy limits it "
      + "(rule 1.8)"),
  SAME_ACCOUNT_LIMITED_PRINCIPAL_BLOCKED("same account: the resource policy allows the caller by role ARN, "
      + "\"*\", NotPrincipal or the user who federated, which the boundary and session policies still limit, and "
      + "{why} (rules 1.8, 1.9, 1.10)"),
  SAME_ACCOUNT_DELEGATION_IDENTITY_ALLOWS("same account: the resource policy names the account, which delegates "
      + "to IAM, and the identity side allows (rules 1.5, 1.6)"),
  SAME_ACCOUNT_DELEGATION_IDENTITY_DENIES("same account: the resource policy names only the account, which "
      + "delegates to IAM (it does not grant by itself), and {why} (rules 1.5, 1.6)"),
  SAME_ACCOUNT_TRUST_NO_MATCH("same account: the {resource} has no statement that allows the caller; a role trust "
      + "policy or KMS key policy must allow explicitly, identity policies alone cannot grant (rule 1.5)"),
  SAME_ACCOUNT_IDENTITY_ALLOWS("same account: the identity side allows, which is enough even though the "
      + "resource policy does not (rule 1.5)"),
  SAME_ACCOUNT_NEITHER("same account: the resource policy has no matching statement, and {why} (rule 1.5)"),
  ROOT_FULL_ACCESS("the root user has full access to its own account's resources (rule 1.14)"),
  IDENTITY_ALLOWS("the identity side allows: an identity policy allows, and the boundary and session policies "
      + "do not limit it (rules 1.1, 1.9, 1.10)"),
  IDENTITY_DENIES("implicit deny: {why} (rule 1.1)");

  static final String[] WHY = {
    "",
    "no identity policy allows",
    "the permissions boundary has no matching Allow (rule 1.10)",
    "no session policy allows (rule 1.9)",
    "a federated user session without a session policy has no permissions (rule 1.9)",
  };
  static final int WHY_IDENTITY = 1;
  static final int WHY_BOUNDARY = 2;
  static final int WHY_SESSION = 3;
  static final int WHY_FEDERATED_NO_SESSION = 4;

  private final String template;

  Rule(String template) {
    this.template = template;
  }

  /** The text with {@code arg} filled in: a PolicyKind ordinal, a level, an index or a WHY index. */
  String text(int arg, ResourcePolicyKind resourceKind) {
    String text = template;
    if (text.indexOf('{') < 0) {
      return text;
    }
    return text.replace("{kind}", PolicyKind.values()[Math.min(arg, PolicyKind.values().length - 1)].description())
        .replace("{level}", Integer.toString(arg))
        .replace("{index}", Integer.toString(arg))
        .replace("{why}", WHY[Math.min(arg, WHY.length - 1)])
        .replace("{resource}", resourceKind == ResourcePolicyKind.ROLE_TRUST ? "role trust policy"
            : resourceKind == ResourcePolicyKind.KMS_KEY ? "KMS key policy" : "resource policy");
  }
}
