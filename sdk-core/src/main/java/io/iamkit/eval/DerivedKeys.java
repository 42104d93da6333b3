package io.iamkit.eval;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The context keys AWS derives from the caller (rule 5): filled in from the {@link Caller} unless the request's
 * context gives them.
 */
final class DerivedKeys {
  static final String[] NAMES = {
    "aws:PrincipalArn",
    "aws:PrincipalAccount",
    "aws:userid",
    "aws:username",
    "aws:PrincipalType",
    "aws:PrincipalIsAWSService",
    "aws:PrincipalServiceName",
  };
  private static final String[] LOWER = new String[NAMES.length];

  static {
    for (int i = 0; i < NAMES.length; i++) {
      LOWER[i] = NAMES[i].toLowerCase(Locale.ROOT);
    }
  }

  private DerivedKeys() {}

  /** The index of a lower-case key in {@link #NAMES}, or -1. */
  static int indexOf(String lowerKey) {
    for (int i = 0; i < LOWER.length; i++) {
      if (LOWER[i].equals(lowerKey)) {
        return i;
      }
    }
    return -1;
  }

  static RequestContext.@Nullable Entry[] of(Caller caller) {
    String[] values = new String[NAMES.length];
    String account = caller.accountText;
    switch (caller.kind()) {
      case IAM_USER:
        values[0] = caller.arnText;
        values[1] = account;
        values[2] = caller.uniqueId().orElse(null);
        values[3] = caller.name();
        values[4] = "User";
        break;
      case ROLE_SESSION:
        values[0] = caller.roleArnText;
        values[1] = account;
        values[2] = caller.uniqueId().map(id -> id + ':' + caller.sessionName().orElse("")).orElse(null);
        values[4] = "AssumedRole";
        break;
      case ROOT:
        values[0] = caller.arnText;
        values[1] = account;
        values[2] = account;
        values[4] = "Account";
        break;
      case FEDERATED_USER:
        values[0] = caller.arnText;
        values[1] = account;
        values[2] = account + ':' + caller.name();
        values[4] = "FederatedUser";
        break;
      case SERVICE:
        values[6] = caller.serviceName().orElse(null);
        break;
      case ANONYMOUS:
        values[1] = "anonymous";
        values[2] = "anonymous";
        values[4] = "Anonymous";
        break;
    }
    values[5] = caller.kind() == Caller.Kind.SERVICE ? "true" : "false";
    RequestContext.Entry[] entries = new RequestContext.Entry[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      if (values[i] != null) {
        entries[i] = new RequestContext.Entry(NAMES[i], i == 0 ? ContextKeyType.ARN
            : i == 5 ? ContextKeyType.BOOLEAN : ContextKeyType.STRING, false, new String[] {values[i]});
      }
    }
    return entries;
  }
}
