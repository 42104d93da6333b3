package io.iamkit.eval;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Principal;
import io.iamkit.policy.PrincipalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compiled {@code Principal} or {@code NotPrincipal} element (rule 3, "Principal / NotPrincipal"; rule 2,
 * "role-session principals").
 *
 * <ul>
 *   <li>{@code "*"} and {@code {"AWS": "*"}} match every caller, anonymous ones included.
 *   <li>An account, {@code "111111111111"} or {@code arn:aws:iam::111111111111:root}, matches every user, role
 *       session, federated user and the root user of that account; it <em>delegates</em> to the account (rule 1.6),
 *       which the decision takes into account.
 *   <li>A user, role, assumed-role session or federated-user ARN matches exactly, case-sensitively (PRINC line
 *       171). A role ARN matches every session of that role.
 *   <li>A unique ID ({@code AIDA...}, {@code AROA...}) matches the user or the sessions of the role that has it, if
 *       the {@link Caller} knows its ID.
 *   <li>{@code {"Service": name}} matches the service caller of that name.
 *   <li>{@code Federated} principals name web-identity and SAML providers, whose sessions iamkit does not model:
 *       they never match.
 * </ul>
 *
 * <p>Fail closed: a principal with a partial wildcard ({@code arn:aws:iam::111111111111:role/*}, invalid per PRINC
 * lines 52, 254), an ARN that names no principal, any other text and {@code CanonicalUser} IDs (not modelled) are
 * not understood ({@link Tri#UNKNOWN}).
 *
 * <p>{@code NotPrincipal} (NOTPRINC): a caller counts as listed only when <em>every</em> identity it acts as is
 * listed: its account, and its user or federated-user ARN, or its role ARN and its session ARN (NOTPRINC, "you
 * must also list the account ARN, and for sessions the role ARN and session ARN"). A Deny with NotPrincipal
 * applies unless the caller is fully listed; an Allow with NotPrincipal applies only when none of the caller's
 * identities is listed (the safe reading of both). An anonymous caller is listed only by {@code "*"}.
 */
final class PrincipalMatcher {
  // Principal kinds of a match, reported in the bits above the Tri value.
  static final int K_STAR = 1 << 2;
  static final int K_ACCOUNT = 1 << 3;
  static final int K_USER = 1 << 4;
  static final int K_ROLE = 1 << 5;
  static final int K_SESSION = 1 << 6;
  static final int K_PARENT_USER = 1 << 7;
  static final int K_NOT_PRINCIPAL = 1 << 8;
  static final int K_SERVICE = 1 << 9;
  static final int KINDS = K_STAR | K_ACCOUNT | K_USER | K_ROLE | K_SESSION | K_PARENT_USER | K_NOT_PRINCIPAL
      | K_SERVICE;

  private static final int STAR = 0;
  private static final int ACCOUNT = 1;
  private static final int USER = 2;
  private static final int ROLE = 3;
  private static final int SESSION = 4;
  private static final int FEDERATED_USER = 5;
  private static final int UNIQUE_USER = 6;
  private static final int UNIQUE_ROLE = 7;
  private static final int SERVICE = 8;
  private static final int NEVER = 9;
  private static final int INVALID = 10;

  // Identity groups of a caller, for NotPrincipal.
  private static final int G_ACCOUNT = 1;
  private static final int G_SELF = 2;
  private static final int G_ROLE = 4;
  private static final int G_SESSION = 8;
  private static final int G_ANONYMOUS = 16;
  private static final int G_SERVICE = 32;
  private static final int G_ALL = 63;

  final Principal source;
  private final int[] types;
  private final String[] values;
  private final @Nullable String[] partitions;
  /** Why each entry is not understood, or null. */
  final @Nullable String[] problems;
  private final boolean hasInvalid;

  private PrincipalMatcher(Principal source, int[] types, String[] values, @Nullable String[] partitions,
      @Nullable String[] problems) {
    this.source = source;
    this.types = types;
    this.values = values;
    this.partitions = partitions;
    this.problems = problems;
    boolean invalid = false;
    for (int type : types) {
      invalid |= type == INVALID;
    }
    this.hasInvalid = invalid;
  }

  static PrincipalMatcher compile(Principal principal) {
    List<Integer> types = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<String> partitions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<PrincipalType, List<String>> entry : principal.ids().entrySet()) {
      for (String id : entry.getValue()) {
        String partition = null;
        String problem = null;
        int type;
        switch (entry.getKey()) {
          case AWS:
            if (id.equals("*")) {
              type = STAR;
            } else if (AccountId.isValid(id)) {
              type = ACCOUNT;
            } else if (id.startsWith("arn:")) {
              Arn arn = Arn.tryParse(id).orElse(null);
              type = INVALID;
              if (arn == null) {
                problem = "not an ARN";
              } else if (arn.hasWildcard() || id.contains("${")) {
                problem = "a principal cannot hold a wildcard or a variable (PRINC lines 52, 254); "
                    + "use aws:PrincipalArn with ArnLike";
              } else if (!AccountId.isValid(arn.account()) || !arn.region().isEmpty()) {
                problem = "a principal ARN has no region and a 12-digit account";
              } else {
                type = arnType(arn);
                if (type == ACCOUNT) {
                  id = arn.account();
                  partition = arn.partition();
                } else if (type == INVALID) {
                  problem = "the ARN names no principal (user, role, assumed-role session, federated user, root)";
                }
              }
            } else if (Caller.isUniqueId(id) && id.startsWith("AIDA")) {
              type = UNIQUE_USER;
            } else if (Caller.isUniqueId(id) && id.startsWith("AROA")) {
              type = UNIQUE_ROLE;
            } else {
              type = INVALID;
              problem = "neither \"*\", an account ID, an ARN nor a user or role unique ID";
            }
            break;
          case SERVICE:
            type = SERVICE;
            break;
          case FEDERATED:
            type = NEVER;
            break;
          default:
            type = INVALID;
            problem = "CanonicalUser principals are not modelled";
            break;
        }
        types.add(type);
        values.add(id);
        partitions.add(partition);
        problems.add(problem);
      }
    }
    int[] typeArray = new int[types.size()];
    for (int i = 0; i < typeArray.length; i++) {
      typeArray[i] = types.get(i);
    }
    return new PrincipalMatcher(principal, typeArray, values.toArray(new String[0]),
        partitions.toArray(new String[0]), problems.toArray(new String[0]));
  }

  private static int arnType(Arn arn) {
    String resource = arn.resource();
    if (arn.service().equals("iam")) {
      if (resource.equals("root")) {
        return ACCOUNT;
      }
      if (resource.startsWith("user/") && resource.length() > 5) {
        return USER;
      }
      if (resource.startsWith("role/") && resource.length() > 5) {
        return ROLE;
      }
    } else if (arn.service().equals("sts")) {
      if (resource.startsWith("assumed-role/") && resource.indexOf('/', "assumed-role/".length()) > 0) {
        return SESSION;
      }
      if (resource.startsWith("federated-user/") && resource.length() > "federated-user/".length()) {
        return FEDERATED_USER;
      }
    }
    return INVALID;
  }

  /** The Principal element: {@link Tri} in the low bits, the kinds of the matching entries above. */
  int match(Caller caller) {
    int result = Tri.NO;
    for (int i = 0; i < types.length; i++) {
      int kind = entryKind(i, caller);
      if (kind > 0) {
        result = Tri.YES | (result & ~3) | kind;
      } else if (kind < 0 && (result & 3) == Tri.NO) {
        result = (result & ~3) | Tri.UNKNOWN;
      }
    }
    return result;
  }

  /**
   * The NotPrincipal element of a statement with the given effect: {@link Tri#YES} when the statement applies to
   * the caller (with {@link #K_NOT_PRINCIPAL} for an Allow).
   */
  int matchNot(Caller caller, boolean deny) {
    int required = groups(caller);
    int listed = 0;
    for (int i = 0; i < types.length; i++) {
      listed |= entryGroups(i, caller);
    }
    if (deny) {
      if ((listed & required) == required) {
        return Tri.NO;
      }
      return hasInvalid ? Tri.UNKNOWN : Tri.YES;
    }
    if ((listed & required) != 0) {
      return Tri.NO;
    }
    return hasInvalid ? Tri.UNKNOWN : Tri.YES | K_NOT_PRINCIPAL;
  }

  /** The kind bit of entry {@code i} when it matches the caller, 0 when not, -1 when it is not understood. */
  private int entryKind(int i, Caller caller) {
    String value = values[i];
    switch (types[i]) {
      case STAR:
        return K_STAR;
      case ACCOUNT:
        return caller.isAccountPrincipal() && value.equals(caller.accountText)
            && (partitions[i] == null || partitions[i].equals(caller.partitionText)) ? K_ACCOUNT : 0;
      case USER:
        if (caller.kind() == Caller.Kind.IAM_USER && value.equals(caller.arnText)) {
          return K_USER;
        }
        return caller.kind() == Caller.Kind.FEDERATED_USER && value.equals(caller.parentUserText)
            ? K_PARENT_USER : 0;
      case ROLE:
        return caller.kind() == Caller.Kind.ROLE_SESSION && value.equals(caller.roleArnText) ? K_ROLE : 0;
      case SESSION:
        return caller.kind() == Caller.Kind.ROLE_SESSION && value.equals(caller.arnText) ? K_SESSION : 0;
      case FEDERATED_USER:
        return caller.kind() == Caller.Kind.FEDERATED_USER && value.equals(caller.arnText) ? K_SESSION : 0;
      case UNIQUE_USER:
        return caller.kind() == Caller.Kind.IAM_USER && value.equals(caller.uniqueIdOrNull()) ? K_USER : 0;
      case UNIQUE_ROLE:
        return caller.kind() == Caller.Kind.ROLE_SESSION && value.equals(caller.uniqueIdOrNull())
            ? K_ROLE : 0;
      case SERVICE:
        return caller.kind() == Caller.Kind.SERVICE && value.equals(caller.serviceNameOrNull())
            ? K_SERVICE : 0;
      case NEVER:
        return 0;
      default:
        return -1;
    }
  }

  private static int groups(Caller caller) {
    switch (caller.kind()) {
      case IAM_USER:
      case FEDERATED_USER:
        return G_ACCOUNT | G_SELF;
      case ROLE_SESSION:
        return G_ACCOUNT | G_ROLE | G_SESSION;
      case ROOT:
        return G_ACCOUNT;
      case SERVICE:
        return G_SERVICE;
      default:
        return G_ANONYMOUS;
    }
  }

  private int entryGroups(int i, Caller caller) {
    int kind = entryKind(i, caller);
    if (kind <= 0) {
      return 0;
    }
    switch (kind) {
      case K_STAR:
        return G_ALL;
      case K_ACCOUNT:
        return G_ACCOUNT;
      case K_ROLE:
        return G_ROLE;
      case K_SESSION:
        return caller.kind() == Caller.Kind.ROLE_SESSION ? G_SESSION : G_SELF;
      case K_SERVICE:
        return G_SERVICE;
      case K_PARENT_USER:
        return 0;
      default:
        return G_SELF;
    }
  }

  /** A short description of why no entry matched the caller, for explanations. */
  String describeMismatch() {
    for (int i = 0; i < types.length; i++) {
      if (problems[i] != null) {
        return "principal " + values[i] + " is not understood: " + problems[i];
      }
    }
    return source + " does not name the caller";
  }
}
