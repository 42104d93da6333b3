package io.iamkit.policy;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Amazon Resource Name, {@code arn:partition:service:region:account-id:resource}, as it appears in the
 * {@code Resource} element, a principal or a condition value.
 *
 * <p>Policies may put wildcards ({@code *}, {@code ?}) and policy variables ({@code ${aws:username}}) into any
 * part; {@link #parse} accepts them, and a colon inside {@code ${...}} does not split the ARN. The resource part
 * keeps its own colons and slashes ({@code function:my-fn:1}, {@code role/path/name}).
 *
 * <pre>{@code
 * Arn role = Arn.parse("arn:aws:iam::123456789012:role/MyRoleB");
 * role.service();               // "iam"
 * role.accountId();             // Optional[123456789012]
 * role.withRegion("us-east-1"); // a copy with another region
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM identifiers: ARNs</a>
 */
public final class Arn {
  private final String partition;
  private final String service;
  private final String region;
  private final String account;
  private final String resource;
  private final String text;

  private Arn(String partition, String service, String region, String account, String resource, String text) {
    this.partition = partition;
    this.service = service;
    this.region = region;
    this.account = account;
    this.resource = resource;
    this.text = text;
  }

  /**
   * Returns the ARN with the given parts. Wildcards and policy variables are allowed in every part.
   *
   * @throws PolicyValidationException if the partition or the service is empty, a part holds
   *     whitespace, or a part before the resource holds a {@code :} outside {@code ${...}} (the text would read
   *     back as other parts)
   */
  public static Arn of(String partition, String service, String region, String account, String resource) {
    String text = "arn:" + partition + ':' + service + ':' + region + ':' + account + ':' + resource;
    check(text, partition.isEmpty(), "has an empty partition");
    check(text, service.isEmpty(), "has an empty service");
    for (int i = 0; i < text.length(); i++) {
      check(text, Character.isWhitespace(text.charAt(i)), "must not contain whitespace");
    }
    Arn parsed = parseOrNull(text);
    check(
        text,
        parsed == null
            || !parsed.partition.equals(partition)
            || !parsed.service.equals(service)
            || !parsed.region.equals(region)
            || !parsed.account.equals(account),
        "has a \":\" outside the resource part");
    return new Arn(partition, service, region, account, resource, text);
  }

  /** Returns the ARN of an IAM role, {@code arn:<partition>:iam::<account>:role/<path><name>}. */
  public static Arn role(Partition partition, AccountId account, String roleNameWithPath) {
    return of(partition.id(), "iam", "", account.value(), "role/" + roleNameWithPath);
  }

  /** Returns the ARN of an S3 bucket, {@code arn:<partition>:s3:::<bucket>}. */
  public static Arn bucket(Partition partition, String bucket) {
    return of(partition.id(), "s3", "", "", bucket);
  }

  /**
   * Parses {@code arn:partition:service:region:account-id:resource}.
   *
   * @throws PolicyValidationException if the text does not start with {@code arn:}, has fewer than six
   *     colon-separated parts, or an empty partition or service
   */
  public static Arn parse(CharSequence input) {
    String text = input.toString();
    Arn arn = parseOrNull(text);
    if (arn == null) {
      if (!text.startsWith("arn:")) {
        throw new PolicyValidationException("Arn", "", "must start with \"arn:\"", text);
      }
      throw new PolicyValidationException(
          "Arn", "", "must have the form arn:partition:service:region:account-id:resource", text);
    }
    return arn;
  }

  /** Parses like {@link #parse} but returns empty instead of throwing. */
  public static Optional<Arn> tryParse(CharSequence input) {
    return Optional.ofNullable(parseOrNull(input.toString()));
  }

  /**
   * Whether {@code text} has the shape {@link #parse} accepts, checked without allocating: {@code arn:}, five
   * colons outside policy variables, a partition and a service, no whitespace.
   */
  static boolean isArnShaped(String text) {
    // Most resources hold no policy variable and only printable ASCII: then the colons are the first five, found
    // by String.indexOf, and the loop below has no branch that depends on the text.
    int length = text.length();
    if (!text.startsWith("arn:") || text.indexOf('$') >= 0) {
      return separators(text, null);
    }
    for (int i = 4; i < length; i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x80) {
        return separators(text, null);
      }
    }
    int partitionEnd = text.indexOf(':', 4);
    int serviceEnd = partitionEnd < 0 ? -1 : text.indexOf(':', partitionEnd + 1);
    int regionEnd = serviceEnd < 0 ? -1 : text.indexOf(':', serviceEnd + 1);
    int accountEnd = regionEnd < 0 ? -1 : text.indexOf(':', regionEnd + 1);
    return accountEnd >= 0 && partitionEnd > 4 && serviceEnd > partitionEnd + 1;
  }

  private static @Nullable Arn parseOrNull(String text) {
    int[] colons = new int[5];
    if (!separators(text, colons)) {
      return null;
    }
    return new Arn(text.substring(colons[0] + 1, colons[1]), text.substring(colons[1] + 1, colons[2]),
        text.substring(colons[2] + 1, colons[3]), text.substring(colons[3] + 1, colons[4]),
        text.substring(colons[4] + 1), text);
  }

  /**
   * Checks the ARN shape in one pass and, when {@code colons} is given, records where the five separating colons
   * are. Colons inside {@code ${...}} do not separate; whitespace is refused except a space inside a policy
   * variable, where the default-value syntax puts one ({@code ${aws:username, 'guest'}}); the partition and the
   * service must not be empty.
   */
  private static boolean separators(String text, int @Nullable [] colons) {
    if (!text.startsWith("arn:")) {
      return false;
    }
    int found = 1;
    int previous = 3;
    int depth = 0;
    if (colons != null) {
      colons[0] = 3;
    }
    for (int i = 4; i < text.length(); i++) {
      char c = text.charAt(i);
      // Every ASCII whitespace is at or below ' '; above ASCII, ask Character.
      if ((c <= ' ' || (c >= 0x80 && Character.isWhitespace(c))) && !(c == ' ' && depth > 0)) {
        return false;
      }
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ':' && depth == 0 && found < 5) {
        if (found <= 2 && i == previous + 1) {
          return false;
        }
        if (colons != null) {
          colons[found] = i;
        }
        found++;
        previous = i;
      }
    }
    return found == 5;
  }

  private static void check(String text, boolean failed, String reason) {
    if (failed) {
      throw new PolicyValidationException("Arn", "", reason, text);
    }
  }

  /** The partition part as written, such as {@code aws}; may be a wildcard or a variable. */
  public String partition() {
    return partition;
  }

  /** The partition, if the part names a known one. */
  public Optional<Partition> knownPartition() {
    for (Partition known : Partition.values()) {
      if (known.id().equals(partition)) {
        return Optional.of(known);
      }
    }
    return Optional.empty();
  }

  /** The service namespace, such as {@code iam} or {@code s3}. */
  public String service() {
    return service;
  }

  /** The region part; empty for global services such as IAM and S3 buckets. */
  public String region() {
    return region;
  }

  /** The account part as written: 12 digits, empty (S3 buckets), {@code aws} (managed policies) or a pattern. */
  public String account() {
    return account;
  }

  /** The account part as an {@link AccountId}, if it is exactly 12 digits. */
  public Optional<AccountId> accountId() {
    return AccountId.isValid(account) ? Optional.of(AccountId.of(account)) : Optional.empty();
  }

  /**
   * The resource part, such as {@code role/MyRoleB} or {@code my-bucket/*}; may hold colons, and may be empty
   * (the AWS managed policy AmazonDevOpsGuruOrganizationsAccess names {@code arn:aws:organizations::*:}).
   */
  public String resource() {
    return resource;
  }

  /** Whether any part holds a wildcard {@code *} or {@code ?}. */
  public boolean hasWildcard() {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  /** Returns a copy with another partition. */
  public Arn withPartition(String newPartition) {
    return of(newPartition, service, region, account, resource);
  }

  /** Returns a copy with another region. */
  public Arn withRegion(String newRegion) {
    return newRegion.equals(region) ? this : of(partition, service, newRegion, account, resource);
  }

  /** Returns a copy with another account part. */
  public Arn withAccount(String newAccount) {
    return newAccount.equals(account) ? this : of(partition, service, region, newAccount, resource);
  }

  /** Returns a copy with another resource part. */
  public Arn withResource(String newResource) {
    return newResource.equals(resource) ? this : of(partition, service, region, account, newResource);
  }

  /** ARNs are equal when their texts are equal; ARN matching is case-sensitive in IAM. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Arn && ((Arn) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the ARN text, such as {@code arn:aws:iam::123456789012:role/MyRoleB}. */
  @Override
  public String toString() {
    return text;
  }
}
