package io.iamkit.lint;

import io.iamkit.policy.Action;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Statement;
import java.util.Set;

/**
 * What a policy document is attached to, which decides its grammar and what is worth flagging: IAM policies of a
 * user or role, resource-based policies (S3 bucket, KMS key, SQS queue policies), role trust policies, and the two
 * organization policies, SCPs and RCPs.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html">Policies and permissions in
 *     AWS Identity and Access Management</a>
 */
public enum PolicyKind {
  /** An identity-based policy, managed or inline, attached to a user, group or role. No principal. */
  IDENTITY("identity policy"),
  /** A resource-based policy, such as an S3 bucket policy: every statement names a principal. */
  RESOURCE("resource policy"),
  /** A role trust policy: who may assume the role. A principal, no resource. */
  TRUST("role trust policy"),
  /** A service control policy of AWS Organizations: limits principals of member accounts, grants nothing. */
  SCP("service control policy"),
  /** A resource control policy of AWS Organizations: limits access to resources, grants nothing. */
  RCP("resource control policy");

  /** The actions a role trust policy controls. */
  static final Set<String> TRUST_ACTIONS = Set.of(
      "sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity", "sts:tagsession",
      "sts:setsourceidentity", "sts:setcontext");

  private final String description;

  PolicyKind(String description) {
    this.description = description;
  }

  /** The kind in words, such as {@code role trust policy}. */
  public String description() {
    return description;
  }

  /**
   * Guesses the kind from the document alone: a document in which some statement names a {@code Principal} or
   * {@code NotPrincipal} and every action is one a trust policy controls ({@code sts:AssumeRole},
   * {@code sts:AssumeRoleWithSAML}, {@code sts:AssumeRoleWithWebIdentity}, {@code sts:TagSession},
   * {@code sts:SetSourceIdentity}, {@code sts:SetContext}) is a {@link #TRUST} policy; one with a principal
   * otherwise a {@link #RESOURCE} policy; anything else an {@link #IDENTITY} policy. SCPs and RCPs cannot be told
   * apart from identity and resource policies and are never guessed.
   */
  public static PolicyKind infer(PolicyDocument document) {
    boolean principal = false;
    boolean trustActionsOnly = true;
    for (Statement statement : document.statements()) {
      principal |= statement.principal().isPresent() || statement.notPrincipal().isPresent();
      trustActionsOnly &= statement.notActions().isEmpty();
      for (Action action : statement.actions()) {
        trustActionsOnly &= TRUST_ACTIONS.contains(action.canonical());
      }
    }
    if (!principal) {
      return IDENTITY;
    }
    return trustActionsOnly ? TRUST : RESOURCE;
  }

  /** Returns the description, such as {@code role trust policy}. */
  @Override
  public String toString() {
    return description;
  }
}
