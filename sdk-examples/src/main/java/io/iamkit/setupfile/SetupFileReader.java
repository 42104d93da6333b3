package io.iamkit.setupfile;

import com.fasterxml.jackson.databind.JsonNode;
import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.LogDeliverySetup;
import io.iamkit.databricks.ParameterException;
import io.iamkit.databricks.S3CrossAccountSetup;
import io.iamkit.databricks.StagingBucketSetup;
import io.iamkit.databricks.StorageConfigurationSetup;
import io.iamkit.databricks.UnityCatalogStorageSetup;
import io.iamkit.databricks.WorkspaceAccess;
import io.iamkit.databricks.WorkspaceCredentialSetup;
import io.iamkit.databricks.WorkspaceTrust;
import io.iamkit.export.IamResources;
import io.iamkit.export.ResourceConflictException;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.PolicyValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Reads the tree of a set-up file into a {@link SetupFile}, failing on the first field that breaks the schema. */
final class SetupFileReader {
  /** The keys of a set-up file, in the order the README documents them. */
  static final List<String> FILE_KEYS = List.of("name", "description", "partition", "accounts", "aws", "setups");

  /** The keys of each set-up type besides {@code type}, in the order the README documents them. */
  static final Map<String, List<String>> SETUP_KEYS = setupKeys();

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,63}");
  private static final Pattern ALIAS = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,62}");

  private final LocatedJson json;
  private final Map<String, AccountId> accounts = new LinkedHashMap<>();
  private final Map<String, SetupFile.AwsAccess> aws = new LinkedHashMap<>();
  private DatabricksPartition partition = DatabricksPartition.AWS;

  private SetupFileReader(LocatedJson json) {
    this.json = json;
  }

  private static Map<String, List<String>> setupKeys() {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("workspace-credential", List.of("accountId", "externalId", "roleName", "principalStyle", "vpc",
        "vpcId", "region", "securityGroupId", "passRoles"));
    keys.put("s3-cross-account", List.of("deploymentAccountId", "bucketOwnerAccountId", "bucket", "roleA", "roleB",
        "crossAccountRole"));
    keys.put("unity-catalog-storage", List.of("accountId", "roleName", "externalId", "bucket", "kmsKeyArn",
        "fileEvents"));
    keys.put("staging-bucket", List.of("accountId", "roleName", "bucket", "thirdParty", "thirdPartyExternalId",
        "databricksExternalId"));
    keys.put("storage-configuration", List.of("accountId", "bucket", "databricksAccountId"));
    keys.put("log-delivery", List.of("accountId", "externalId", "bucket", "roleName"));
    return keys;
  }

  static SetupFile read(LocatedJson json, String source) {
    return new SetupFileReader(json).file(source);
  }

  private SetupFile file(String source) {
    JsonNode root = json.root();
    if (!root.isObject()) {
      throw json.errorAtValue("", "A set-up file must be a JSON object, not " + kind(root));
    }
    unknownKeys(root, "", FILE_KEYS, "a set-up file");
    String name = requiredString(root, "", "name");
    if (!NAME.matcher(name).matches()) {
      throw json.errorAtValue("/name", "\"name\" \"" + name + "\" must be 1 to 64 letters, digits and hyphens, "
          + "starting with a letter (it names the CloudFormation stacks)");
    }
    String description = root.has("description") ? string(root.get("description"), "/description", "description")
        : null;
    if (root.has("partition")) {
      String id = string(root.get("partition"), "/partition", "partition");
      try {
        partition = DatabricksPartition.parse(id);
      } catch (ParameterException e) {
        throw json.errorAtValue("/partition", e.getMessage());
      }
    }
    if (root.has("accounts")) {
      readAccounts(root.get("accounts"));
    }
    if (root.has("aws")) {
      readAws(root.get("aws"));
    }
    if (!root.has("setups")) {
      throw json.errorAtValue("", "Missing key \"setups\": the list of set-ups");
    }
    JsonNode list = root.get("setups");
    if (!list.isArray()) {
      throw json.errorAtValue("/setups", "\"setups\" must be an array, not " + kind(list));
    }
    if (list.isEmpty()) {
      throw json.errorAtValue("/setups", "\"setups\" must name at least one set-up");
    }
    List<DatabricksSetup> setups = new ArrayList<>();
    for (int index = 0; index < list.size(); index++) {
      setups.add(setup(list.get(index), LocatedJson.child("/setups", index)));
    }
    try {
      IamResources.of(setups);
    } catch (ResourceConflictException e) {
      throw json.errorAtValue(LocatedJson.child("/setups", e.secondSetup()), e.getMessage());
    }
    return new SetupFile(source, name, description, partition, accounts, aws, setups);
  }

  private static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9_.+@-]{1,64}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  private void readAws(JsonNode node) {
    if (!node.isObject()) {
      throw json.errorAtValue("/aws", "\"aws\" must be an object of account alias to {\"profile\", \"region\"}, "
          + "not " + kind(node));
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String alias = field.getKey();
      String pointer = LocatedJson.child("/aws", alias);
      if (!accounts.containsKey(alias)) {
        throw json.errorAtKey(pointer, "\"aws\" names \"" + alias + "\", which is not an alias of \"accounts\""
            + (accounts.isEmpty() ? "" : " (" + String.join(", ", accounts.keySet()) + ")"));
      }
      JsonNode access = field.getValue();
      if (!access.isObject()) {
        throw json.errorAtValue(pointer, "\"aws\" \"" + alias + "\" must be an object with \"profile\" and/or "
            + "\"region\", not " + kind(access));
      }
      unknownKeys(access, pointer, List.of("profile", "region"), "the AWS access of " + alias);
      String profile = null;
      if (access.has("profile")) {
        String at = LocatedJson.child(pointer, "profile");
        profile = string(access.get("profile"), at, "profile");
        if (!PROFILE.matcher(profile).matches()) {
          throw json.errorAtValue(at, "Profile \"" + profile + "\" must be 1 to 64 letters, digits and _.+@-");
        }
      }
      String region = null;
      if (access.has("region")) {
        String at = LocatedJson.child(pointer, "region");
        region = string(access.get("region"), at, "region");
        if (!REGION.matcher(region).matches()) {
          throw json.errorAtValue(at, "Region \"" + region + "\" must be an AWS region such as us-east-1");
        }
      }
      aws.put(alias, new SetupFile.AwsAccess(profile, region));
    }
  }

  private void readAccounts(JsonNode node) {
    if (!node.isObject()) {
      throw json.errorAtValue("/accounts", "\"accounts\" must be an object of alias to account ID, not "
          + kind(node));
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String alias = field.getKey();
      String pointer = LocatedJson.child("/accounts", alias);
      if (!ALIAS.matcher(alias).matches()) {
        throw json.errorAtKey(pointer, "Account alias \"" + alias + "\" must be 1 to 63 letters, digits, _ and -, "
            + "starting with a letter");
      }
      if (AccountId.isValid(alias)) {
        throw json.errorAtKey(pointer, "Account alias \"" + alias + "\" must not be an account ID");
      }
      String id = string(field.getValue(), pointer, "account " + alias);
      if (!AccountId.isValid(id)) {
        throw json.errorAtValue(pointer, "Account " + alias + " \"" + id
            + "\" must be an AWS account ID: exactly 12 digits");
      }
      AccountId account = AccountId.of(id);
      for (Map.Entry<String, AccountId> before : accounts.entrySet()) {
        if (before.getValue().equals(account)) {
          throw json.errorAtValue(pointer, "Account " + id + " already has the alias " + before.getKey());
        }
      }
      accounts.put(alias, account);
    }
  }

  private DatabricksSetup setup(JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw json.errorAtValue(pointer, "A set-up must be a JSON object, not " + kind(node));
    }
    String type = requiredString(node, pointer, "type");
    List<String> keys = SETUP_KEYS.get(type);
    if (keys == null) {
      throw json.errorAtValue(LocatedJson.child(pointer, "type"), "Unknown set-up type \"" + type
          + "\"; the types are " + String.join(", ", SETUP_KEYS.keySet()));
    }
    List<String> allowed = new ArrayList<>();
    allowed.add("type");
    allowed.addAll(keys);
    unknownKeys(node, pointer, allowed, "a " + type + " set-up");
    Fields fields = new Fields(node, pointer);
    switch (type) {
      case "workspace-credential":
        return workspaceCredential(fields);
      case "s3-cross-account":
        if (partition != DatabricksPartition.AWS) {
          throw json.errorAtValue(LocatedJson.child(pointer, "type"), "A s3-cross-account set-up is in the aws "
              + "partition only (seed 001 prints commercial documents), not " + partition.id());
        }
        return s3CrossAccount(fields);
      case "unity-catalog-storage":
        return unityCatalogStorage(fields);
      case "staging-bucket":
        return stagingBucket(fields);
      case "storage-configuration":
        return storageConfiguration(fields);
      case "log-delivery":
        return logDelivery(fields);
      default:
        throw new IllegalStateException("No reader for set-up type " + type);
    }
  }

  private DatabricksSetup workspaceCredential(Fields fields) {
    WorkspaceCredentialSetup.Builder builder = WorkspaceCredentialSetup.builder().partition(partition);
    fields.account("accountId", builder::accountId);
    fields.string("externalId", builder::externalId);
    fields.string("roleName", builder::roleName);
    fields.choice("principalStyle", WorkspaceTrust.PrincipalStyle.values(), WorkspaceTrust.PrincipalStyle::id,
        builder::principalStyle);
    fields.choice("vpc", WorkspaceAccess.Vpc.values(), WorkspaceAccess.Vpc::id, builder::vpc);
    fields.string("vpcId", builder::vpcId);
    fields.string("region", builder::region);
    fields.string("securityGroupId", builder::securityGroupId);
    fields.arns("passRoles", builder::addPassRole);
    return fields.build(builder::build);
  }

  private DatabricksSetup s3CrossAccount(Fields fields) {
    S3CrossAccountSetup.Builder builder = S3CrossAccountSetup.builder();
    fields.account("deploymentAccountId", builder::deploymentAccountId);
    fields.account("bucketOwnerAccountId", builder::bucketOwnerAccountId);
    fields.string("bucket", builder::bucket);
    fields.string("roleA", builder::roleA);
    fields.string("roleB", builder::roleB);
    fields.string("crossAccountRole", builder::crossAccountRole);
    return fields.build(builder::build);
  }

  private DatabricksSetup unityCatalogStorage(Fields fields) {
    UnityCatalogStorageSetup.Builder builder = UnityCatalogStorageSetup.builder().partition(partition);
    fields.account("accountId", builder::accountId);
    fields.string("roleName", builder::roleName);
    fields.string("externalId", builder::externalId);
    fields.string("bucket", builder::bucket);
    fields.string("kmsKeyArn", builder::kmsKeyArn);
    fields.bool("fileEvents", builder::fileEvents);
    return fields.build(builder::build);
  }

  private DatabricksSetup stagingBucket(Fields fields) {
    StagingBucketSetup.Builder builder = StagingBucketSetup.builder().partition(partition);
    fields.account("accountId", builder::accountId);
    fields.string("roleName", builder::roleName);
    fields.string("bucket", builder::bucket);
    fields.string("thirdParty", builder::thirdParty);
    fields.string("thirdPartyExternalId", builder::thirdPartyExternalId);
    fields.string("databricksExternalId", builder::databricksExternalId);
    return fields.build(builder::build);
  }

  private DatabricksSetup storageConfiguration(Fields fields) {
    StorageConfigurationSetup.Builder builder = StorageConfigurationSetup.builder().partition(partition);
    fields.account("accountId", builder::accountId);
    fields.string("bucket", builder::bucket);
    fields.string("databricksAccountId", builder::databricksAccountId);
    return fields.build(builder::build);
  }

  private DatabricksSetup logDelivery(Fields fields) {
    LogDeliverySetup.Builder builder = LogDeliverySetup.builder().partition(partition);
    fields.account("accountId", builder::accountId);
    fields.string("externalId", builder::externalId);
    fields.string("bucket", builder::bucket);
    fields.string("roleName", builder::roleName);
    return fields.build(builder::build);
  }

  private void unknownKeys(JsonNode object, String pointer, List<String> allowed, String what) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (allowed.contains(key)) {
        continue;
      }
      String hint = "";
      for (String known : allowed) {
        if (known.equalsIgnoreCase(key)) {
          hint = " (did you mean \"" + known + "\"?)";
        }
      }
      throw json.errorAtKey(LocatedJson.child(pointer, key), "Unknown key \"" + key + "\" in " + what + hint
          + "; it takes " + String.join(", ", allowed));
    }
  }

  private String requiredString(JsonNode object, String pointer, String key) {
    if (!object.has(key)) {
      String hint = key.equals("type") ? ": one of " + String.join(", ", SETUP_KEYS.keySet()) : "";
      throw json.errorAtValue(pointer, "Missing key \"" + key + "\"" + hint);
    }
    return string(object.get(key), LocatedJson.child(pointer, key), key);
  }

  private String string(JsonNode node, String pointer, String what) {
    if (!node.isTextual()) {
      throw json.errorAtValue(pointer, "\"" + what + "\" must be a JSON string, not " + kind(node));
    }
    return node.asText();
  }

  private static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "a string";
    }
  }

  /** The fields of one set-up object, handed to its builder's setters. */
  private final class Fields {
    private final JsonNode object;
    private final String pointer;

    Fields(JsonNode object, String pointer) {
      this.object = object;
      this.pointer = pointer;
    }

    private @Nullable JsonNode node(String key) {
      return object.get(key);
    }

    private String at(String key) {
      return LocatedJson.child(pointer, key);
    }

    /** Calls {@code setter} with the parameter's string, if given. */
    void string(String key, Consumer<String> setter) {
      JsonNode node = node(key);
      if (node != null) {
        String value = text(key, node);
        apply(at(key), () -> setter.accept(value));
      }
    }

    /** Calls {@code setter} with the account ID the parameter gives as 12 digits or as an alias. */
    void account(String key, Consumer<String> setter) {
      JsonNode node = node(key);
      if (node == null) {
        return;
      }
      String value = text(key, node);
      String id = value;
      if (!AccountId.isValid(value)) {
        AccountId aliased = accounts.get(value);
        if (aliased == null) {
          String aliases = accounts.isEmpty() ? "the file has no \"accounts\""
              : "the aliases are " + String.join(", ", accounts.keySet());
          throw json.errorAtValue(at(key), new ParameterException(key, value,
              "is neither an AWS account ID (12 digits) nor an alias from \"accounts\"; " + aliases).getMessage());
        }
        id = aliased.value();
      }
      String accountId = id;
      apply(at(key), () -> setter.accept(accountId));
    }

    void bool(String key, Consumer<Boolean> setter) {
      JsonNode node = node(key);
      if (node != null) {
        if (!node.isBoolean()) {
          throw json.errorAtValue(at(key), "Parameter " + key + " must be true or false, not " + kind(node));
        }
        setter.accept(node.booleanValue());
      }
    }

    <E> void choice(String key, E[] values, Function<E, String> id, Consumer<E> setter) {
      JsonNode node = node(key);
      if (node == null) {
        return;
      }
      String value = text(key, node);
      for (E candidate : values) {
        if (id.apply(candidate).equals(value)) {
          setter.accept(candidate);
          return;
        }
      }
      throw json.errorAtValue(at(key), new ParameterException(key, value, "must be one of "
          + Arrays.stream(values).map(id).collect(Collectors.joining(", "))).getMessage());
    }

    /** Calls {@code setter} with each ARN of the parameter's array of strings. */
    void arns(String key, Consumer<Arn> setter) {
      JsonNode node = node(key);
      if (node == null) {
        return;
      }
      if (!node.isArray()) {
        throw json.errorAtValue(at(key), "Parameter " + key + " must be an array of ARNs, not " + kind(node));
      }
      for (int index = 0; index < node.size(); index++) {
        String element = LocatedJson.child(at(key), index);
        JsonNode item = node.get(index);
        if (!item.isTextual()) {
          throw json.errorAtValue(element, "Parameter " + key + " must be an array of ARNs, not of " + kind(item)
              + "s");
        }
        apply(element, () -> setter.accept(Arn.parse(item.asText())));
      }
    }

    /** Builds the set-up, turning a refusal into an error at the parameter it names, or at the set-up. */
    DatabricksSetup build(Supplier<DatabricksSetup> build) {
      try {
        return build.get();
      } catch (ParameterException e) {
        String key = e.parameter();
        throw json.errorAtValue(object.has(key) ? at(key) : pointer, e.getMessage());
      }
    }

    private String text(String key, JsonNode node) {
      if (!node.isTextual()) {
        throw json.errorAtValue(at(key), "Parameter " + key + " must be a JSON string, not " + kind(node));
      }
      return node.asText();
    }

    private void apply(String at, Runnable setter) {
      try {
        setter.run();
      } catch (ParameterException | PolicyValidationException e) {
        throw json.errorAtValue(at, e.getMessage());
      }
    }
  }
}
