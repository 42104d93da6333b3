package io.iamkit.lint;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What the IDs of a {@code Principal} element are: accounts, users, roles, sessions, services. */
final class Principals {
  /** The unique IDs IAM writes for deleted users ({@code AIDA}) and roles ({@code AROA}). */
  private static final Pattern UNIQUE_ID = Pattern.compile("A(IDA|ROA)[A-Z0-9]{12,}");
  private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.[a-z0-9.-]*[a-z0-9]");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,}");
  private static final Pattern CANONICAL_USER = Pattern.compile("[0-9a-fA-F]{64}");

  private Principals() {}

  /** Whether {@code id} is a unique ID of a user or role. */
  static boolean isUniqueId(String id) {
    return UNIQUE_ID.matcher(id).matches();
  }

  /** The account of an {@code AWS} principal ID: the ID itself for 12 digits, an ARN's account, else none. */
  static Optional<AccountId> account(String awsId) {
    if (AccountId.isValid(awsId)) {
      return Optional.of(AccountId.of(awsId));
    }
    return Arn.tryParse(awsId).flatMap(Arn::accountId);
  }

  /** Whether {@code awsId} names a whole account: 12 digits or {@code arn:<partition>:iam::<account>:root}. */
  static boolean isAccount(String awsId) {
    if (AccountId.isValid(awsId)) {
      return true;
    }
    Optional<Arn> arn = Arn.tryParse(awsId);
    return arn.isPresent() && arn.get().service().equals("iam") && arn.get().resource().equals("root")
        && arn.get().accountId().isPresent();
  }

  /** Whether {@code principal} names {@code account} as a whole (its ID or root ARN). */
  static boolean namesAccount(Principal principal, AccountId account) {
    for (String id : principal.aws()) {
      if (isAccount(id) && account(id).filter(account::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code outer} names every principal {@code inner} names ({@code "*"} covers every AWS principal). */
  static boolean covers(@Nullable Principal outer, @Nullable Principal inner) {
    if (outer == null || inner == null) {
      return outer == null && inner == null;
    }
    if (outer.isAll() && inner.ids().keySet().equals(Set.of(PrincipalType.AWS))) {
      return true;
    }
    for (Map.Entry<PrincipalType, List<String>> entry : inner.ids().entrySet()) {
      if (!outer.ids(entry.getKey()).containsAll(entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why {@code id} is not a valid principal of {@code type}, or null when it is one. Wildcards and policy
   * variables are reported by the caller, not here.
   */
  static @Nullable String problem(PrincipalType type, String id) {
    switch (type) {
      case AWS:
        return awsProblem(id);
      case SERVICE:
        return SERVICE.matcher(id).matches()
            ? null
            : "is not a service principal, which is a lower-case DNS-style name such as ec2.amazonaws.com";
      case FEDERATED:
        if (id.startsWith("arn:")) {
          Optional<Arn> arn = Arn.tryParse(id);
          if (arn.isPresent() && arn.get().service().equals("iam") && arn.get().accountId().isPresent()
              && (arn.get().resource().startsWith("saml-provider/")
                  || arn.get().resource().startsWith("oidc-provider/"))) {
            return partitionProblem(arn.get());
          }
          return "is not a federated principal: an IAM SAML or OIDC provider ARN "
              + "(arn:aws:iam::<account>:saml-provider/<name>) or a provider such as accounts.google.com";
        }
        return HOST.matcher(id).matches()
            ? null
            : "is not a federated principal: an IAM SAML or OIDC provider ARN or a provider such as "
                + "accounts.google.com";
      case CANONICAL_USER:
        return CANONICAL_USER.matcher(id).matches()
            ? null
            : "is not an S3 canonical user ID, which is 64 hexadecimal digits";
      default:
        return null;
    }
  }

  private static @Nullable String awsProblem(String id) {
    if (id.equals("*") || AccountId.isValid(id) || isUniqueId(id)) {
      return null;
    }
    String expected = "an AWS principal is \"*\", a 12-digit account ID, or the ARN of an account root, IAM user, "
        + "IAM role, assumed-role session or federated user";
    if (!id.startsWith("arn:")) {
      return id.chars().allMatch(Character::isDigit)
          ? "is not an account ID, which is exactly 12 digits (got " + id.length() + ")"
          : "is not a principal: " + expected;
    }
    Optional<Arn> parsed = Arn.tryParse(id);
    if (parsed.isEmpty()) {
      return "is not an ARN (arn:partition:service:region:account:resource): " + expected;
    }
    Arn arn = parsed.get();
    String partition = partitionProblem(arn);
    if (partition != null) {
      return partition;
    }
    if (!arn.region().isEmpty()) {
      return "has a region; IAM and STS principal ARNs have none (arn:aws:iam::123456789012:role/name)";
    }
    if (!arn.service().equals("iam") && !arn.service().equals("sts")) {
      return "names the service " + LintRun.quote(arn.service()) + "; principal ARNs are IAM or STS ARNs: "
          + expected;
    }
    if (arn.accountId().isEmpty()) {
      return "has the account " + LintRun.quote(arn.account()) + ", which is not 12 digits";
    }
    String resource = arn.resource();
    if (arn.service().equals("iam")) {
      if (resource.equals("root") || hasName(resource, "user/") || hasName(resource, "role/")
          || hasName(resource, "federated-user/")) {
        return null;
      }
      if (resource.startsWith("group/")) {
        return "names an IAM group, which cannot be a principal; name its users, or the account with an "
            + "aws:PrincipalArn condition";
      }
      return "is not an account root, user or role ARN: " + expected;
    }
    if (arn.service().equals("sts")) {
      if (resource.startsWith("assumed-role/")) {
        String rest = resource.substring("assumed-role/".length());
        int slash = rest.indexOf('/');
        return slash > 0 && slash < rest.length() - 1
            ? null
            : "is not an assumed-role session ARN, which names a role and a session "
                + "(arn:aws:sts::123456789012:assumed-role/role-name/session-name)";
      }
      if (hasName(resource, "federated-user/")) {
        return null;
      }
    }
    return "is not an assumed-role session or federated user ARN: " + expected;
  }

  private static boolean hasName(String resource, String prefix) {
    return resource.startsWith(prefix) && resource.length() > prefix.length();
  }

  private static @Nullable String partitionProblem(Arn arn) {
    return Arns.isKnownPartition(arn.partition())
        ? null
        : "has the partition " + LintRun.quote(arn.partition()) + ", which is not one of " + Arns.PARTITIONS;
  }
}
