package io.iamkit.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.SetupBucketPolicy;
import io.iamkit.databricks.SetupInstanceProfile;
import io.iamkit.databricks.SetupRole;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes set-ups as a Terraform configuration in JSON syntax ({@code main.tf.json}) for the AWS provider.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("main.tf.json"), TerraformExport.toJson(file.setups(), file.accounts()));
 * // then, in dir: terraform init && terraform apply -var aws_profile_dev=dev -var aws_profile_data=data
 * }</pre>
 *
 * <p>The configuration has:
 * <ul>
 *   <li>one {@code provider "aws"} per account, with {@code alias} the account's alias (or
 *       {@code account_<id>}) made a Terraform identifier, {@code allowed_account_ids} that account only, and its
 *       credentials from the AWS CLI profile in variable {@code aws_profile_<alias>} (default null: the standard
 *       credential chain). Variable {@code region} (default {@code us-east-1}) is every provider's region: IAM is
 *       global, but S3 puts a bucket policy only through the bucket's region, so set it to your buckets' region;
 *   <li>{@code aws_iam_role} ({@code name}, {@code assume_role_policy}) for each role a set-up creates;
 *       {@code aws_iam_role_policy} ({@code role}, {@code name}, {@code policy}) for each inline policy;
 *       {@code aws_iam_instance_profile} ({@code name}, {@code role}) and {@code aws_s3_bucket_policy}
 *       ({@code bucket}, {@code policy}). Each resource uses the provider of its account. A role that already exists
 *       (a set-up only adds inline policies to it) has no {@code aws_iam_role}: its policies name it literally.
 *       Policies are compact JSON strings, with {@code ${} and {@code %{} escaped so that IAM policy variables
 *       reach AWS as written;
 *   <li>{@code depends_on} from each trust or bucket policy to the roles of the configuration its
 *       {@code Principal} names, because IAM and S3 refuse a principal that does not exist yet.
 * </ul>
 *
 * <p>Resource names are the role, policy, instance profile and bucket names in snake case ({@code MyRoleA} is
 * {@code my_role_a}), qualified by the account when two accounts use the same name. The buckets must exist:
 * iamkit writes their policies, not the buckets.
 */
public final class TerraformExport {
  /** The default of variable {@code region}. */
  public static final String DEFAULT_REGION = "us-east-1";

  private TerraformExport() {}

  /**
   * Returns the configuration of {@code setups}, naming accounts by their IDs.
   *
   * @throws ResourceConflictException if two set-ups make the same resource
   */
  public static String toJson(List<? extends DatabricksSetup> setups) {
    return toJson(setups, Map.of());
  }

  /**
   * Returns the configuration of {@code setups}, naming accounts by the aliases of {@code accountAliases} (alias to
   * account ID, as {@code SetupFile.accounts()} gives them).
   *
   * @throws ResourceConflictException if two set-ups make the same resource
   */
  public static String toJson(List<? extends DatabricksSetup> setups, Map<String, AccountId> accountAliases) {
    return new Writer(IamResources.of(setups), new Names(accountAliases)).write();
  }

  /** Escapes a literal for a Terraform JSON string, which Terraform reads as a template. */
  static String literal(String text) {
    return text.replace("${", "$${").replace("%{", "%%{");
  }

  private static final class Writer {
    private final IamResources resources;
    private final Names names;
    private final Map<AccountId, String> providers = new HashMap<>();
    private final Map<String, String> roleResources = new HashMap<>();

    Writer(IamResources resources, Names names) {
      this.resources = resources;
      this.names = names;
    }

    String write() {
      ObjectNode root = Json.object();
      root.put("//", "Written by iamkit. Deploy with terraform init && terraform apply; set variable region to "
          + "the region of the buckets and aws_profile_<account> to the AWS CLI profile of each account. The "
          + "buckets must exist: this configuration sets their policies only.");
      ObjectNode terraform = root.putObject("terraform");
      terraform.put("required_version", ">= 1.0");
      terraform.putObject("required_providers").putObject("aws")
          .put("source", "hashicorp/aws")
          .put("version", ">= 4.0");
      ObjectNode variables = root.putObject("variable");
      variables.putObject("region")
          .put("type", "string")
          .put("default", DEFAULT_REGION)
          .put("description", "The region of every AWS provider. IAM is global; S3 bucket policies are put "
              + "through this region, so use the region of the buckets.");
      ArrayNode providerList = root.putObject("provider").putArray("aws");
      Names.Unique aliases = new Names.Unique("_");
      for (AccountId account : resources.accountsInDeployOrder()) {
        String alias = aliases.take(names.hasAlias(account) ? Names.snake(names.account(account))
            : "account_" + account.value());
        providers.put(account, "aws." + alias);
        String variable = "aws_profile_" + alias;
        variables.putObject(variable)
            .put("type", "string")
            .putNull("default")
            .put("description", "The AWS CLI profile for account " + account.value()
                + (names.hasAlias(account) ? " (" + names.account(account) + ")" : "")
                + "; null uses the standard credential chain.");
        ObjectNode provider = providerList.addObject();
        provider.put("alias", alias);
        provider.put("region", "${var.region}");
        provider.put("profile", "${var." + variable + "}");
        provider.putArray("allowed_account_ids").add(account.value());
      }
      ObjectNode resourceBlocks = root.putObject("resource");
      roles(resourceBlocks);
      inlinePolicies(resourceBlocks);
      instanceProfiles(resourceBlocks);
      bucketPolicies(resourceBlocks);
      return Json.pretty(root);
    }

    private void roles(ObjectNode resourceBlocks) {
      Map<String, String> resourceNames = qualified(resources.roles(), SetupRole::name, SetupRole::account,
          role -> role.arn().toString());
      ObjectNode block = Json.object();
      for (SetupRole role : resources.roles()) {
        String name = resourceNames.get(role.arn().toString());
        roleResources.put(role.arn().toString(), name);
        if (role.trustPolicy().isEmpty()) {
          continue;
        }
        ObjectNode resource = block.putObject(name);
        resource.put("provider", providers.get(role.account()));
        resource.put("name", literal(role.name()));
        if (!role.path().equals("/")) {
          resource.put("path", literal(role.path()));
        }
        resource.put("assume_role_policy", policy(role.trustPolicy().get()));
        dependsOn(resource, role.trustPolicy().get(), role.arn().toString());
      }
      putIfNotEmpty(resourceBlocks, "aws_iam_role", block);
    }

    private void inlinePolicies(ObjectNode resourceBlocks) {
      ObjectNode block = Json.object();
      Names.Unique unique = new Names.Unique("_");
      for (SetupRole role : resources.roles()) {
        String roleResource = roleResources.get(role.arn().toString());
        for (NamedPolicy policy : role.inlinePolicies()) {
          ObjectNode resource = block.putObject(unique.take(roleResource + "_" + Names.snake(policy.name())));
          resource.put("provider", providers.get(role.account()));
          resource.put("name", literal(policy.name()));
          resource.put("role", role.trustPolicy().isPresent()
              ? "${aws_iam_role." + roleResource + ".id}" : literal(role.name()));
          resource.put("policy", policy(policy.document()));
        }
      }
      putIfNotEmpty(resourceBlocks, "aws_iam_role_policy", block);
    }

    private void instanceProfiles(ObjectNode resourceBlocks) {
      Map<String, String> resourceNames = qualified(resources.instanceProfiles(), SetupInstanceProfile::name,
          SetupInstanceProfile::account, profile -> profile.arn().toString());
      ObjectNode block = Json.object();
      for (SetupInstanceProfile profile : resources.instanceProfiles()) {
        ObjectNode resource = block.putObject(resourceNames.get(profile.arn().toString()));
        resource.put("provider", providers.get(profile.account()));
        resource.put("name", literal(profile.name()));
        String role = resources.roles().stream()
            .filter(r -> r.trustPolicy().isPresent() && r.account().equals(profile.account())
                && r.name().equals(profile.roleName()))
            .findFirst()
            .map(r -> "${aws_iam_role." + roleResources.get(r.arn().toString()) + ".name}")
            .orElse(literal(profile.roleName()));
        resource.put("role", role);
      }
      putIfNotEmpty(resourceBlocks, "aws_iam_instance_profile", block);
    }

    private void bucketPolicies(ObjectNode resourceBlocks) {
      ObjectNode block = Json.object();
      Names.Unique unique = new Names.Unique("_");
      for (SetupBucketPolicy bucket : resources.bucketPolicies()) {
        ObjectNode resource = block.putObject(unique.take(identifier(Names.snake(bucket.bucket()))));
        resource.put("provider", providers.get(bucket.account()));
        resource.put("bucket", literal(bucket.bucket()));
        resource.put("policy", policy(bucket.policy()));
        dependsOn(resource, bucket.policy(), "");
      }
      putIfNotEmpty(resourceBlocks, "aws_s3_bucket_policy", block);
    }

    private void dependsOn(ObjectNode resource, PolicyDocument document, String self) {
      Set<String> dependencies = new LinkedHashSet<>();
      for (String principal : Names.awsPrincipals(document)) {
        if (!principal.equals(self) && resources.createdRole(principal).isPresent()) {
          dependencies.add("aws_iam_role." + roleResources.get(principal));
        }
      }
      if (!dependencies.isEmpty()) {
        ArrayNode list = resource.putArray("depends_on");
        dependencies.forEach(list::add);
      }
    }

    /** Resource names by ARN: the snake-case name, with the account added where two accounts share a name. */
    private <T> Map<String, String> qualified(List<T> items, Function<T, String> name,
        Function<T, AccountId> account, Function<T, String> arn) {
      Map<String, Set<AccountId>> accounts = new HashMap<>();
      for (T item : items) {
        accounts.computeIfAbsent(Names.snake(name.apply(item)), key -> new LinkedHashSet<>())
            .add(account.apply(item));
      }
      Map<String, String> result = new HashMap<>();
      Names.Unique unique = new Names.Unique("_");
      for (T item : items) {
        String snake = Names.snake(name.apply(item));
        String wanted = accounts.get(snake).size() > 1
            ? snake + "_" + Names.snake(names.account(account.apply(item))) : snake;
        result.put(arn.apply(item), unique.take(identifier(wanted)));
      }
      return result;
    }

    /** Terraform resource names start with a letter or an underscore. */
    private static String identifier(String name) {
      return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    private static String policy(PolicyDocument document) {
      return literal(PolicyWriter.compact().write(document));
    }

    private static void putIfNotEmpty(ObjectNode parent, String key, ObjectNode block) {
      if (!block.isEmpty()) {
        parent.set(key, block);
      }
    }
  }
}
