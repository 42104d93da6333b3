package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.PolicyValidationException;
import java.util.regex.Pattern;

/** Checks pattern parameters and turns a refusal into a {@link ParameterException} naming the parameter. */
final class Validate {
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern ROLE_PATH = Pattern.compile("/|/[\\u0021-\\u007E&&[^/]]+(/[\\u0021-\\u007E&&[^/]]+)*/");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");
  private static final Pattern VPC_ID = Pattern.compile("vpc-([0-9a-f]{8}|[0-9a-f]{17})");
  private static final Pattern SECURITY_GROUP_ID = Pattern.compile("sg-([0-9a-f]{8}|[0-9a-f]{17})");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern KMS_KEY_ID = Pattern.compile("(mrk-)?[0-9a-f]{8}(-?[0-9a-f]{4}){3}-?[0-9a-f]{12}|mrk-[0-9a-f]{32}");

  private Validate() {}

  static AccountId accountId(String parameter, String value) {
    if (!AccountId.isValid(value)) {
      throw new ParameterException(parameter, value, "must be an AWS account ID: exactly 12 digits");
    }
    return AccountId.of(value);
  }

  static ExternalId externalId(String parameter, String value) {
    try {
      return ExternalId.of(value);
    } catch (PolicyValidationException e) {
      throw new ParameterException(parameter, value, "must be an external ID: " + e.reason());
    }
  }

  /** IAM role names: 1 to 64 characters of letters, digits and {@code +=,.@_-}. */
  static String roleName(String parameter, String value) {
    if (!ROLE_NAME.matcher(value).matches()) {
      throw new ParameterException(parameter, value, "must be an IAM role name: 1 to 64 characters of letters, "
          + "digits and +=,.@_-");
    }
    return value;
  }

  /** IAM paths: {@code /} or {@code /a/b/}, up to 512 printable ASCII characters. */
  static String rolePath(String parameter, String value) {
    if (value.length() > 512 || !ROLE_PATH.matcher(value).matches()) {
      throw new ParameterException(parameter, value, "must be an IAM path: \"/\" or \"/segment/.../\", "
          + "printable ASCII, at most 512 characters");
    }
    return value;
  }

  static String region(String parameter, String value) {
    if (!REGION.matcher(value).matches()) {
      throw new ParameterException(parameter, value, "must be an AWS region such as us-west-2");
    }
    return value;
  }

  static String vpcId(String parameter, String value) {
    if (!VPC_ID.matcher(value).matches()) {
      throw new ParameterException(parameter, value, "must be a VPC ID: vpc- and 8 or 17 hexadecimal digits");
    }
    return value;
  }

  static String securityGroupId(String parameter, String value) {
    if (!SECURITY_GROUP_ID.matcher(value).matches()) {
      throw new ParameterException(parameter, value,
          "must be a security group ID: sg- and 8 or 17 hexadecimal digits");
    }
    return value;
  }

  /**
   * S3 general purpose bucket naming rules: 3 to 63 characters, lower-case letters, digits, dots and hyphens,
   * starting and ending with a letter or digit, no two adjacent dots, not an IP address, none of the reserved
   * prefixes and suffixes. Unity Catalog also refuses dots.
   *
   * @see <a href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html">Bucket naming
   *     rules</a>
   */
  static String bucketName(String parameter, String value, boolean unityCatalog) {
    String rule = "must be an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens, starting and "
        + "ending with a letter or digit";
    if (!BUCKET.matcher(value).matches()) {
      throw new ParameterException(parameter, value, rule);
    }
    if (value.contains("..") || value.contains(".-") || value.contains("-.")) {
      throw new ParameterException(parameter, value, "must not have a dot next to a dot or a hyphen");
    }
    if (IP_ADDRESS.matcher(value).matches()) {
      throw new ParameterException(parameter, value, "must not be formatted as an IP address");
    }
    for (String prefix : new String[] {"xn--", "sthree-", "amzn-s3-demo-"}) {
      if (value.startsWith(prefix)) {
        throw new ParameterException(parameter, value, "must not start with the reserved prefix " + prefix);
      }
    }
    for (String suffix : new String[] {"-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"}) {
      if (value.endsWith(suffix)) {
        throw new ParameterException(parameter, value, "must not end with the reserved suffix " + suffix);
      }
    }
    if (unityCatalog && value.indexOf('.') >= 0) {
      throw new ParameterException(parameter, value, "must not contain dots: Unity Catalog refuses such buckets");
    }
    return value;
  }

  /**
   * A KMS key ARN, {@code arn:<partition>:kms:<region>:<account>:key/<key-id>}. A bare key ID or alias is refused
   * rather than turned into an invalid ARN.
   */
  static Arn kmsKeyArn(String parameter, String value) {
    String rule = "must be a KMS key ARN: arn:<partition>:kms:<region>:<account-id>:key/<key-id>";
    if (!value.startsWith("arn:")) {
      throw new ParameterException(parameter, value, rule + " (a bare key ID or alias is not enough)");
    }
    Arn arn;
    try {
      arn = Arn.parse(value);
    } catch (PolicyValidationException e) {
      throw new ParameterException(parameter, value, rule);
    }
    if (!arn.service().equals("kms") || !arn.knownPartition().isPresent() || !REGION.matcher(arn.region()).matches()
        || !AccountId.isValid(arn.account()) || !arn.resource().startsWith("key/")
        || !KMS_KEY_ID.matcher(arn.resource().substring(4)).matches()) {
      throw new ParameterException(parameter, value, rule);
    }
    return arn;
  }

  /** An IAM role ARN, {@code arn:<partition>:iam::<account>:role/<path><name>}. */
  static Arn roleArn(String parameter, String value) {
    String rule = "must be an IAM role ARN: arn:<partition>:iam::<account-id>:role/<name>";
    Arn arn;
    try {
      arn = Arn.parse(value);
    } catch (PolicyValidationException e) {
      throw new ParameterException(parameter, value, rule);
    }
    if (!arn.service().equals("iam") || !arn.region().isEmpty() || !AccountId.isValid(arn.account())
        || !arn.resource().startsWith("role/") || arn.resource().length() == 5) {
      throw new ParameterException(parameter, value, rule);
    }
    return arn;
  }

  /** An IAM principal ARN (account root, user or role) in a trust policy. */
  static Arn principalArn(String parameter, String value) {
    String rule = "must be an IAM principal ARN: arn:<partition>:iam::<account-id>:root, :user/<name> or :role/<name>";
    Arn arn;
    try {
      arn = Arn.parse(value);
    } catch (PolicyValidationException e) {
      throw new ParameterException(parameter, value, rule);
    }
    String resource = arn.resource();
    if (!arn.service().equals("iam") || !AccountId.isValid(arn.account())
        || !(resource.equals("root") || resource.startsWith("role/") || resource.startsWith("user/"))) {
      throw new ParameterException(parameter, value, rule);
    }
    return arn;
  }

  static boolean bool(String parameter, String value) {
    if (value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw new ParameterException(parameter, value, "must be true or false");
  }
}
