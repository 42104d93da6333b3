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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes set-ups as CloudFormation templates in JSON, one per account, since a stack lives in one account.
 *
 * <pre>{@code
 * Map<AccountId, String> templates = CloudFormationExport.toJson(file.setups(), file.accounts());
 * // deploy each, in the map's order, with the credentials of its account:
 * // aws cloudformation deploy --template-file cloudformation-dev.json --stack-name iamkit-demo \
 * //     --capabilities CAPABILITY_NAMED_IAM
 * }</pre>
 *
 * <p>A template has an {@code AWS::IAM::Role} ({@code RoleName}, {@code AssumeRolePolicyDocument} and its
 * inline {@code Policies}, documents as JSON objects) for each role a set-up creates in the account, an
 * {@code AWS::IAM::RolePolicy} for each inline policy of a role that exists already, an
 * {@code AWS::IAM::InstanceProfile} ({@code InstanceProfileName}, {@code Roles}) and an
 * {@code AWS::S3::BucketPolicy} ({@code Bucket}, {@code PolicyDocument}). Logical IDs are the type and the name in
 * camel case ({@code RoleMyRoleA}, {@code BucketPolicyAcmeSharedData}). Within a template, a trust or bucket
 * policy {@code DependsOn} the roles its {@code Principal} names; across accounts, deploy the templates in the
 * map's order ({@link IamResources#accountsInDeployOrder()}). Named IAM resources need
 * {@code CAPABILITY_NAMED_IAM}; the buckets must exist, and the stack is best deployed in their region.
 */
public final class CloudFormationExport {
  private CloudFormationExport() {}

  /**
   * Returns a template per account, in deploy order, naming accounts by their IDs.
   *
   * @throws ResourceConflictException if two set-ups make the same resource
   */
  public static Map<AccountId, String> toJson(List<? extends DatabricksSetup> setups) {
    return toJson(setups, Map.of());
  }

  /**
   * Returns a template per account, in deploy order; descriptions name accounts by the aliases of
   * {@code accountAliases} (alias to account ID).
   *
   * @throws ResourceConflictException if two set-ups make the same resource
   */
  public static Map<AccountId, String> toJson(List<? extends DatabricksSetup> setups,
      Map<String, AccountId> accountAliases) {
    IamResources resources = IamResources.of(setups);
    Names names = new Names(accountAliases);
    Map<AccountId, String> templates = new LinkedHashMap<>();
    for (AccountId account : resources.accountsInDeployOrder()) {
      templates.put(account, Json.pretty(template(resources, names, account)));
    }
    return templates;
  }

  private static ObjectNode template(IamResources resources, Names names, AccountId account) {
    ObjectNode template = Json.object();
    template.put("AWSTemplateFormatVersion", "2010-09-09");
    template.put("Description", "IAM roles, instance profiles and bucket policies of account " + account.value()
        + (names.hasAlias(account) ? " (" + names.account(account) + ")" : "")
        + ", written by iamkit. Deploy with --capabilities CAPABILITY_NAMED_IAM.");
    ObjectNode body = template.putObject("Resources");
    Names.Unique unique = new Names.Unique("");
    Map<String, String> roleIds = new HashMap<>();
    for (SetupRole role : resources.roles()) {
      if (role.account().equals(account) && role.trustPolicy().isPresent()) {
        roleIds.put(role.arn().toString(), unique.take(logicalId("Role", role.name())));
      }
    }
    for (SetupRole role : resources.roles()) {
      if (!role.account().equals(account)) {
        continue;
      }
      if (role.trustPolicy().isPresent()) {
        String id = roleIds.get(role.arn().toString());
        ObjectNode resource = body.putObject(id);
        resource.put("Type", "AWS::IAM::Role");
        dependsOn(resource, role.trustPolicy().get(), roleIds, role.arn().toString());
        ObjectNode properties = resource.putObject("Properties");
        properties.put("RoleName", role.name());
        if (!role.path().equals("/")) {
          properties.put("Path", role.path());
        }
        properties.set("AssumeRolePolicyDocument", Json.tree(role.trustPolicy().get()));
        if (!role.inlinePolicies().isEmpty()) {
          ArrayNode policies = properties.putArray("Policies");
          for (NamedPolicy policy : role.inlinePolicies()) {
            ObjectNode item = policies.addObject();
            item.put("PolicyName", policy.name());
            item.set("PolicyDocument", Json.tree(policy.document()));
          }
        }
      } else {
        for (NamedPolicy policy : role.inlinePolicies()) {
          ObjectNode resource = body.putObject(unique.take(logicalId("RolePolicy", role.name() + "-"
              + policy.name())));
          resource.put("Type", "AWS::IAM::RolePolicy");
          ObjectNode properties = resource.putObject("Properties");
          properties.put("RoleName", role.name());
          properties.put("PolicyName", policy.name());
          properties.set("PolicyDocument", Json.tree(policy.document()));
        }
      }
    }
    for (SetupInstanceProfile profile : resources.instanceProfiles()) {
      if (!profile.account().equals(account)) {
        continue;
      }
      ObjectNode resource = body.putObject(unique.take(logicalId("InstanceProfile", profile.name())));
      resource.put("Type", "AWS::IAM::InstanceProfile");
      ObjectNode properties = resource.putObject("Properties");
      properties.put("InstanceProfileName", profile.name());
      String roleId = null;
      for (SetupRole role : resources.roles()) {
        if (role.account().equals(account) && role.name().equals(profile.roleName())) {
          roleId = roleIds.get(role.arn().toString());
        }
      }
      ArrayNode roles = properties.putArray("Roles");
      if (roleId == null) {
        roles.add(profile.roleName());
      } else {
        roles.addObject().put("Ref", roleId);
      }
    }
    for (SetupBucketPolicy bucket : resources.bucketPolicies()) {
      if (!bucket.account().equals(account)) {
        continue;
      }
      ObjectNode resource = body.putObject(unique.take(logicalId("BucketPolicy", bucket.bucket())));
      resource.put("Type", "AWS::S3::BucketPolicy");
      dependsOn(resource, bucket.policy(), roleIds, "");
      ObjectNode properties = resource.putObject("Properties");
      properties.put("Bucket", bucket.bucket());
      properties.set("PolicyDocument", Json.tree(bucket.policy()));
    }
    return template;
  }

  private static String logicalId(String type, String name) {
    return type + Names.camel(name);
  }

  private static void dependsOn(ObjectNode resource, PolicyDocument document, Map<String, String> roleIds,
      String self) {
    Set<String> dependencies = new LinkedHashSet<>();
    for (String principal : Names.awsPrincipals(document)) {
      String id = roleIds.get(principal);
      if (id != null && !principal.equals(self)) {
        dependencies.add(id);
      }
    }
    if (!dependencies.isEmpty()) {
      ArrayNode list = resource.putArray("DependsOn");
      dependencies.forEach(list::add);
    }
  }
}
