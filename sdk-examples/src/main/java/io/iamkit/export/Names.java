package io.iamkit.export;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Names for accounts and identifiers for the resources of an export, unique within their namespace. */
final class Names {
  private final Map<AccountId, String> aliases = new LinkedHashMap<>();

  Names(Map<String, AccountId> accountAliases) {
    accountAliases.forEach((alias, account) -> aliases.putIfAbsent(account, alias));
  }

  /** The account's alias, else its ID. */
  String account(AccountId account) {
    String alias = aliases.get(account);
    return alias == null ? account.value() : alias;
  }

  /** Whether {@code account} has an alias. */
  boolean hasAlias(AccountId account) {
    return aliases.containsKey(account);
  }

  /**
   * {@code MyRoleA} as {@code my_role_a}, {@code UCMasterRole-14S5} as {@code uc_master_role_14s5},
   * {@code databricks-cross-account-role} as {@code databricks_cross_account_role}: lower case, words joined by
   * underscores, only ASCII letters, digits and underscores.
   */
  static String snake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = name.charAt(i - 1);
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (Character.isLowerCase(before) || (Character.isUpperCase(before) && nextLower)) {
          out.append('_');
        }
      }
      out.append(isAsciiLetterOrDigit(c) ? Character.toLowerCase(c) : '_');
    }
    String joined = out.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
    return joined.toLowerCase(Locale.ROOT);
  }

  /** {@code databricks-cross-account-role} as {@code DatabricksCrossAccountRole}: ASCII letters and digits only. */
  static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAsciiLetterOrDigit(c)) {
        upper = true;
        continue;
      }
      out.append(upper ? Character.toUpperCase(c) : c);
      upper = false;
    }
    return out.toString();
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The AWS principals (ARNs and account IDs) the {@code Principal} elements of {@code document} name. */
  static List<String> awsPrincipals(PolicyDocument document) {
    List<String> principals = new ArrayList<>();
    for (Statement statement : document.statements()) {
      statement.principal().ifPresent(principal -> principals.addAll(principal.ids(PrincipalType.AWS)));
    }
    return principals;
  }

  /** Hands out identifiers unique within one namespace, adding {@code 2}, {@code 3}... on a clash. */
  static final class Unique {
    private final Set<String> used = new HashSet<>();
    private final String separator;

    /** {@code separator} goes before the number: {@code "_"} for Terraform, {@code ""} for CloudFormation. */
    Unique(String separator) {
      this.separator = separator;
    }

    String take(String wanted) {
      String name = wanted;
      for (int n = 2; !used.add(name); n++) {
        name = wanted + separator + n;
      }
      return name;
    }
  }
}
