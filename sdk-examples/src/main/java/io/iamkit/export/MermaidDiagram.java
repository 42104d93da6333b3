package io.iamkit.export;

import io.iamkit.databricks.DatabricksPartition;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.SetupBucketPolicy;
import io.iamkit.databricks.SetupInstanceProfile;
import io.iamkit.databricks.SetupRole;
import io.iamkit.databricks.StagingTrust;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.Action;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.Effect;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Draws the trust graph of set-ups as a Mermaid flowchart, in the style of the seed documents' diagrams.
 *
 * <pre>{@code
 * String diagram = MermaidDiagram.of(file.setups(), file.accounts());   // "flowchart LR\n..."
 * }</pre>
 *
 * <p>What it shows, all read from the documents:
 * <ul>
 *   <li>one subgraph per account: the set-ups' accounts (by alias and ID), then the accounts the policies' principals
 *       name, Databricks' and third parties' (Polytomic) by name, and one for AWS services;
 *   <li>roles as nodes (with their instance profile), buckets as cylinders in the subgraph of the account that holds
 *       their policy, or outside any subgraph when no set-up says who owns them;
 *   <li>{@code -.->|AssumeRole|} from each principal of a trust policy's {@code sts:AssumeRole} statements to the
 *       role: an account root narrowed by an {@code aws:PrincipalArn} condition is drawn as the roles the condition
 *       names (so a self-assuming role has an arrow to itself);
 *   <li>{@code -->|read|}, {@code -->|write|} or {@code -->|read/write|} from a role to each bucket its inline
 *       policies name, and from each principal of a bucket policy to the bucket; {@code -->|PassRole|} from a role to
 *       the roles its policies let it pass.
 * </ul>
 */
public final class MermaidDiagram {
  private static final List<String> READ = List.of("s3:GetObject", "s3:ListBucket");
  private static final List<String> WRITE = List.of("s3:PutObject", "s3:DeleteObject");

  private MermaidDiagram() {}

  /**
   * Returns the diagram of {@code setups}, naming accounts by their IDs.
   *
   * @throws ResourceConflictException if two set-ups make the same resource
   */
  public static String of(List<? extends DatabricksSetup> setups) {
    return of(setups, Map.of());
  }

  /**
   * Returns the diagram of {@code setups}, naming accounts by the aliases of {@code accountAliases} (alias to account
   * ID).
   *
   * @throws ResourceConflictException if two set-ups make the same resource
   */
  public static String of(List<? extends DatabricksSetup> setups, Map<String, AccountId> accountAliases) {
    Graph graph = new Graph(IamResources.of(setups), new Names(accountAliases), setups);
    graph.draw();
    return graph.text();
  }

  private static final class Group {
    final String id;
    final String label;
    final Map<String, String> nodes = new LinkedHashMap<>();

    Group(String id, String label) {
      this.id = id;
      this.label = label;
    }
  }

  private static final class Graph {
    private final IamResources resources;
    private final Names names;
    private final Map<String, String> knownAccounts = new LinkedHashMap<>();
    private final Set<String> databricksArns = new LinkedHashSet<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, String> outside = new LinkedHashMap<>();
    /** Node id by key: a role or principal ARN, an account ID, a service, or {@code bucket:<name>}. */
    private final Map<String, String> nodeIds = new LinkedHashMap<>();
    private final Names.Unique unique = new Names.Unique("_");
    private final Map<String, int[]> bucketEdges = new LinkedHashMap<>();
    private final Set<String> edges = new LinkedHashSet<>();
    private final Map<String, Set<String>> classes = new LinkedHashMap<>();

    Graph(IamResources resources, Names names, List<? extends DatabricksSetup> setups) {
      this.resources = resources;
      this.names = names;
      for (DatabricksSetup setup : setups) {
        DatabricksPartition partition = setup.partition();
        knownAccounts.putIfAbsent(partition.databricksAccount().value(), "Databricks");
        databricksArns.add(partition.unityCatalogMasterRole().toString());
        databricksArns.add(partition.logDeliveryRole().toString());
      }
      for (StagingTrust.KnownThirdParty party : StagingTrust.KnownThirdParty.values()) {
        party.principal().accountId().ifPresent(account -> knownAccounts.putIfAbsent(account.value(), "Polytomic"));
      }
      for (String key : List.of("databricks", "role", "thirdParty", "bucket")) {
        classes.put(key, new LinkedHashSet<>());
      }
    }

    void draw() {
      for (AccountId account : resources.accounts()) {
        group(account.value());
      }
      for (SetupRole role : resources.roles()) {
        roleNode(role);
      }
      for (SetupBucketPolicy policy : resources.bucketPolicies()) {
        bucketNode(policy.bucket());
      }
      for (SetupRole role : resources.roles()) {
        String target = roleNode(role);
        role.trustPolicy().ifPresent(trust -> {
          for (Statement statement : trust.statements()) {
            if (statement.effect() == Effect.ALLOW && allows(statement, "sts:AssumeRole")) {
              for (String principal : principals(statement)) {
                edges.add(principal + " -.->|AssumeRole| " + target);
              }
            }
          }
        });
      }
      for (SetupRole role : resources.roles()) {
        String source = roleNode(role);
        for (NamedPolicy policy : role.inlinePolicies()) {
          for (Statement statement : policy.document().statements()) {
            if (statement.effect() != Effect.ALLOW) {
              continue;
            }
            if (allows(statement, "iam:PassRole")) {
              for (Resource resource : statement.resources()) {
                Optional<SetupRole> passed = resource.arn().flatMap(arn -> resources.role(arn));
                passed.ifPresent(other -> edges.add(source + " -->|PassRole| " + roleNode(other)));
              }
            }
            for (String bucket : buckets(statement)) {
              access(source, bucket, statement);
            }
          }
        }
      }
      for (SetupBucketPolicy policy : resources.bucketPolicies()) {
        for (Statement statement : policy.policy().statements()) {
          if (statement.effect() == Effect.ALLOW && buckets(statement).contains(policy.bucket())) {
            for (String principal : principals(statement)) {
              access(principal, policy.bucket(), statement);
            }
          }
        }
      }
      bucketEdges.forEach((edge, access) -> {
        String label = access[0] > 0 && access[1] > 0 ? "read/write"
            : access[0] > 0 ? "read" : access[1] > 0 ? "write" : "access";
        int space = edge.indexOf(' ');
        edges.add(edge.substring(0, space) + " -->|" + label + "| " + edge.substring(space + 1));
      });
    }

    String text() {
      StringBuilder out = new StringBuilder("flowchart LR\n");
      for (Group group : groups.values()) {
        out.append("    subgraph ").append(group.id).append("[\"").append(group.label).append("\"]\n");
        group.nodes.forEach((id, shape) -> out.append("        ").append(id).append(shape).append('\n'));
        out.append("    end\n");
      }
      outside.forEach((id, shape) -> out.append("    ").append(id).append(shape).append('\n'));
      out.append('\n');
      for (String edge : edges) {
        out.append("    ").append(edge).append('\n');
      }
      StringBuilder styles = new StringBuilder();
      Map<String, String> fills = Map.of("databricks", "fill:#FF3621,color:#fff", "role", "fill:#FF9900,color:#000",
          "thirdParty", "fill:#6B4FBB,color:#fff", "bucket", "fill:#3F8624,color:#fff");
      classes.forEach((name, ids) -> {
        if (!ids.isEmpty()) {
          styles.append("    classDef ").append(name).append(' ').append(fills.get(name)).append('\n');
          styles.append("    class ").append(String.join(",", ids)).append(' ').append(name).append('\n');
        }
      });
      if (styles.length() > 0) {
        out.append('\n').append(styles);
      }
      return out.toString();
    }

    private void access(String principal, String bucket, Statement statement) {
      int[] access = bucketEdges.computeIfAbsent(principal + " " + bucketNode(bucket), key -> new int[2]);
      for (String action : READ) {
        access[0] += allows(statement, action) ? 1 : 0;
      }
      for (String action : WRITE) {
        access[1] += allows(statement, action) ? 1 : 0;
      }
    }

    private Group group(String account) {
      Group group = groups.get(account);
      if (group == null) {
        AccountId id = AccountId.of(account);
        String known = knownAccounts.get(account);
        String label;
        String groupId;
        if (resources.accounts().contains(id) || known == null) {
          boolean aliased = names.hasAlias(id);
          label = aliased ? names.account(id) + " " + account : "account " + account;
          groupId = aliased ? Names.snake(names.account(id)) : "account_" + account;
        } else {
          label = known + " " + account;
          groupId = Names.snake(known);
        }
        group = new Group(unique.take(groupId), label);
        groups.put(account, group);
      }
      return group;
    }

    private String roleNode(SetupRole role) {
      String key = role.arn().toString();
      String id = nodeIds.get(key);
      if (id == null) {
        StringBuilder label = new StringBuilder(role.name());
        for (SetupInstanceProfile profile : resources.instanceProfiles()) {
          if (profile.account().equals(role.account()) && profile.roleName().equals(role.name())) {
            label.append("<br/>instance profile ").append(profile.name());
          }
        }
        if (role.trustPolicy().isEmpty()) {
          label.append("<br/>(existing role)");
        }
        Group group = group(role.account().value());
        id = unique.take(group.id + "_" + Names.snake(role.name()));
        group.nodes.put(id, "[\"" + label + "\"]");
        nodeIds.put(key, id);
        classes.get("role").add(id);
      }
      return id;
    }

    private String bucketNode(String bucket) {
      String key = "bucket:" + bucket;
      String id = nodeIds.get(key);
      if (id == null) {
        id = unique.take("bucket_" + Names.snake(bucket));
        String shape = "[(\"s3://" + bucket + "\")]";
        Optional<SetupBucketPolicy> policy = resources.bucketPolicies().stream()
            .filter(p -> p.bucket().equals(bucket)).findFirst();
        if (policy.isPresent()) {
          group(policy.get().account().value()).nodes.put(id, shape);
        } else {
          outside.put(id, shape);
        }
        nodeIds.put(key, id);
        classes.get("bucket").add(id);
      }
      return id;
    }

    /** The node of a principal that is not a role of the set-ups: an account root, a role or user ARN. */
    private String principalNode(String principal) {
      String id = nodeIds.get(principal);
      if (id != null) {
        return id;
      }
      Optional<SetupRole> role = Arn.tryParse(principal).flatMap(resources::role);
      if (role.isPresent()) {
        return roleNode(role.get());
      }
      if (principal.equals("*")) {
        id = unique.take("anyone");
        outside.put(id, "[\"anyone (*)\"]");
        nodeIds.put(principal, id);
        return id;
      }
      String account;
      String label;
      Optional<Arn> arn = Arn.tryParse(principal);
      if (AccountId.isValid(principal)) {
        account = principal;
        label = "account root";
      } else if (arn.isPresent() && arn.get().accountId().isPresent()) {
        account = arn.get().account();
        String resource = arn.get().resource();
        label = resource.equals("root") ? "account root" : resource.substring(resource.lastIndexOf('/') + 1);
        if (resource.startsWith("user/")) {
          label = "user " + label;
        }
      } else {
        id = unique.take("principal_" + Names.snake(principal));
        outside.put(id, "[\"" + principal + "\"]");
        nodeIds.put(principal, id);
        return id;
      }
      String rootKey = account;
      if (label.equals("account root")) {
        id = nodeIds.get(rootKey);
        if (id != null) {
          nodeIds.put(principal, id);
          return id;
        }
      }
      Group group = group(account);
      id = unique.take(group.id + "_" + Names.snake(label.equals("account root") ? "root" : label));
      group.nodes.put(id, "[\"" + label + "\"]");
      nodeIds.put(principal, id);
      if (label.equals("account root")) {
        nodeIds.put(rootKey, id);
      }
      String known = knownAccounts.get(account);
      if ("Databricks".equals(known) || databricksArns.contains(principal)) {
        classes.get("databricks").add(id);
      } else if (known != null) {
        classes.get("thirdParty").add(id);
      }
      return id;
    }

    /** The nodes of a statement's principals; an account root narrowed by {@code aws:PrincipalArn} is its roles. */
    private List<String> principals(Statement statement) {
      List<String> nodes = new ArrayList<>();
      if (statement.principal().isEmpty()) {
        return nodes;
      }
      List<String> narrowed = new ArrayList<>();
      for (Condition condition : statement.conditions()) {
        String operator = condition.operator().text();
        if (condition.key().equalsIgnoreCase("aws:PrincipalArn")
            && (operator.equals("ArnEquals") || operator.equals("ArnLike") || operator.equals("StringEquals")
                || operator.equals("StringLike"))) {
          narrowed.addAll(condition.values());
        }
      }
      for (Map.Entry<PrincipalType, List<String>> entry : statement.principal().get().ids().entrySet()) {
        for (String principal : entry.getValue()) {
          if (entry.getKey() == PrincipalType.SERVICE) {
            nodes.add(serviceNode(principal));
          } else if (entry.getKey() != PrincipalType.AWS) {
            nodes.add(otherNode(entry.getKey().jsonName() + " " + principal));
          } else if (!narrowed.isEmpty() && isRoot(principal)) {
            for (String arn : narrowed) {
              nodes.add(principalNode(arn));
            }
          } else {
            nodes.add(principalNode(principal));
          }
        }
      }
      return nodes;
    }

    private static boolean isRoot(String principal) {
      return AccountId.isValid(principal) || principal.endsWith(":root");
    }

    private String serviceNode(String service) {
      String key = "service:" + service;
      String id = nodeIds.get(key);
      if (id == null) {
        Group group = groups.get("");
        if (group == null) {
          group = new Group(unique.take("aws_services"), "AWS services");
          groups.put("", group);
        }
        id = unique.take("service_" + Names.snake(service.replaceAll("\\.amazonaws\\.com$", "")));
        group.nodes.put(id, "[\"" + service + "\"]");
        nodeIds.put(key, id);
      }
      return id;
    }

    private String otherNode(String label) {
      String id = nodeIds.get(label);
      if (id == null) {
        id = unique.take("principal_" + Names.snake(label));
        outside.put(id, "[\"" + label + "\"]");
        nodeIds.put(label, id);
      }
      return id;
    }

    /** The buckets a statement's {@code Resource} names, without wildcards in the bucket name. */
    private static List<String> buckets(Statement statement) {
      List<String> buckets = new ArrayList<>();
      for (Resource resource : statement.resources()) {
        Optional<Arn> arn = resource.arn();
        if (arn.isEmpty() || !arn.get().service().equals("s3") || !arn.get().account().isEmpty()) {
          continue;
        }
        String path = arn.get().resource();
        String bucket = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (!bucket.isEmpty() && !bucket.contains("*") && !bucket.contains("?") && !bucket.contains("$")
            && !buckets.contains(bucket)) {
          buckets.add(bucket);
        }
      }
      return buckets;
    }

    /** Whether an {@code Action} of the statement matches {@code action}, wildcards and case as IAM reads them. */
    private static boolean allows(Statement statement, String action) {
      for (Action granted : statement.actions()) {
        if (glob(granted.text()).matcher(action.toLowerCase(Locale.ROOT)).matches()) {
          return true;
        }
      }
      return false;
    }

    private static Pattern glob(String text) {
      StringBuilder regex = new StringBuilder();
      for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
        if (c == '*') {
          regex.append(".*");
        } else if (c == '?') {
          regex.append('.');
        } else {
          regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
      return Pattern.compile(regex.toString());
    }
  }
}
