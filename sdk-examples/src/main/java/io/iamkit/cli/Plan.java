package io.iamkit.cli;

import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.databricks.NamedPolicy;
import io.iamkit.databricks.SetupBucketPolicy;
import io.iamkit.databricks.SetupRole;
import io.iamkit.export.CloudFormationExport;
import io.iamkit.export.IamResources;
import io.iamkit.export.MermaidDiagram;
import io.iamkit.export.TerraformExport;
import io.iamkit.policy.AccountId;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PrincipalType;
import io.iamkit.policy.SizeCheck;
import io.iamkit.policy.SizeLimit;
import io.iamkit.policy.Statement;
import io.iamkit.policy.json.PolicyWriter;
import io.iamkit.setupfile.SetupFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code iamkit plan} computes from a set-up file, before anything is written: the size rows and the files
 * (name and content) of the output directory.
 */
final class Plan {
  /** One document, or a role's inline policies together, measured against its IAM limit. */
  static final class Row {
    final List<Integer> setups;
    final String type;
    final AccountId account;
    final String document;
    final List<String> files;
    final SizeCheck check;

    Row(List<Integer> setups, String type, AccountId account, String document, List<String> files,
        SizeCheck check) {
      this.setups = List.copyOf(setups);
      this.type = type;
      this.account = account;
      this.document = document;
      this.files = List.copyOf(files);
      this.check = check;
    }

    /** {@code 0 workspace-credential}, or {@code 0+1 together} for a role several set-ups add policies to. */
    String setupCell() {
      return setups.size() == 1 ? setups.get(0) + " " + type
          : setups.stream().map(String::valueOf).collect(Collectors.joining("+")) + " together";
    }
  }

  /** One document file: which set-up it comes from, its own size and the limit it counts against. */
  static final class Document {
    final String file;
    final int setup;
    final AccountId account;
    final String document;
    final int size;
    final SizeLimit limit;

    Document(String file, int setup, AccountId account, String document, int size, SizeLimit limit) {
      this.file = file;
      this.setup = setup;
      this.account = account;
      this.document = document;
      this.size = size;
      this.limit = limit;
    }
  }

  final SetupFile file;
  final IamResources resources;
  final List<Row> rows = new ArrayList<>();
  /** The document files, in set-up order. */
  final List<Document> documents = new ArrayList<>();
  /** File name in the output directory to content, in the order written. */
  final Map<String, String> files = new LinkedHashMap<>();

  private Plan(SetupFile file) {
    this.file = file;
    this.resources = IamResources.of(file.setups());
  }

  static Plan of(SetupFile file) {
    Plan plan = new Plan(file);
    plan.documents();
    plan.rows();
    plan.files.put("main.tf.json", TerraformExport.toJson(file.setups(), file.accounts()));
    CloudFormationExport.toJson(file.setups(), file.accounts())
        .forEach((account, template) -> plan.files.put(plan.cloudFormationFile(account), template));
    plan.files.put("setup.md", plan.markdown());
    return plan;
  }

  /** Whether a row is over its limit. */
  boolean exceeded() {
    return rows.stream().anyMatch(row -> row.check.exceeded());
  }

  String account(AccountId account) {
    return file.alias(account).orElse(account.value());
  }

  private String trustFile(SetupRole role) {
    return account(role.account()) + "-role-" + role.name() + "-trust.json";
  }

  private String policyFile(SetupRole role, NamedPolicy policy) {
    return account(role.account()) + "-role-" + role.name() + "-policy-" + policy.name() + ".json";
  }

  private String bucketFile(SetupBucketPolicy bucket) {
    return account(bucket.account()) + "-bucket-" + bucket.bucket() + "-policy.json";
  }

  private String cloudFormationFile(AccountId account) {
    return "cloudformation-" + account(account) + ".json";
  }

  private void documents() {
    for (SetupRole role : resources.roles()) {
      role.trustPolicy().ifPresent(trust -> files.put(trustFile(role), pretty(trust)));
      for (NamedPolicy policy : role.inlinePolicies()) {
        files.put(policyFile(role, policy), pretty(policy.document()));
      }
    }
    for (SetupBucketPolicy bucket : resources.bucketPolicies()) {
      files.put(bucketFile(bucket), pretty(bucket.policy()));
    }
  }

  private static String pretty(PolicyDocument document) {
    return PolicyWriter.pretty().write(document) + "\n";
  }

  /** The rows of {@link DatabricksSetup#sizes()} for each set-up, then each role's policies across set-ups. */
  private void rows() {
    List<DatabricksSetup> setups = file.setups();
    for (int index = 0; index < setups.size(); index++) {
      DatabricksSetup setup = setups.get(index);
      List<Integer> only = List.of(index);
      for (SetupRole role : setup.roles()) {
        if (role.trustPolicy().isPresent()) {
          String document = "role " + role.name() + " trust policy";
          SizeCheck check = SizeLimit.ROLE_TRUST_POLICY.check(role.trustPolicy().get());
          rows.add(new Row(only, setup.kind(), role.account(), document, List.of(trustFile(role)), check));
          documents.add(new Document(trustFile(role), index, role.account(), document, check.size(),
              check.limit()));
        }
        if (!role.inlinePolicies().isEmpty()) {
          rows.add(inlineRow(only, setup.kind(), role, role.inlinePolicies()));
        }
        for (NamedPolicy policy : role.inlinePolicies()) {
          SizeCheck check = SizeLimit.ROLE_INLINE_POLICIES.check(policy.document());
          documents.add(new Document(policyFile(role, policy), index, role.account(),
              "role " + role.name() + " inline policy " + policy.name(), check.size(), check.limit()));
        }
      }
      for (SetupBucketPolicy bucket : setup.bucketPolicies()) {
        String document = "bucket " + bucket.bucket() + " policy";
        SizeCheck check = SizeLimit.S3_BUCKET_POLICY.check(bucket.policy());
        rows.add(new Row(only, setup.kind(), bucket.account(), document, List.of(bucketFile(bucket)), check));
        documents.add(new Document(bucketFile(bucket), index, bucket.account(), document, check.size(),
            check.limit()));
      }
    }
    for (SetupRole role : resources.roles()) {
      Set<Integer> contributors = new LinkedHashSet<>();
      for (int index = 0; index < setups.size(); index++) {
        for (SetupRole part : setups.get(index).roles()) {
          if (part.arn().equals(role.arn()) && !part.inlinePolicies().isEmpty()) {
            contributors.add(index);
          }
        }
      }
      if (contributors.size() > 1) {
        rows.add(inlineRow(new ArrayList<>(contributors), "", role, role.inlinePolicies()));
      }
    }
  }

  private Row inlineRow(List<Integer> setups, String type, SetupRole role, List<NamedPolicy> policies) {
    PolicyDocument[] documents = policies.stream().map(NamedPolicy::document).toArray(PolicyDocument[]::new);
    List<String> names = policies.stream().map(policy -> policyFile(role, policy)).collect(Collectors.toList());
    return new Row(setups, type, role.account(), "role " + role.name() + " inline policies", names,
        SizeLimit.ROLE_INLINE_POLICIES.check(documents));
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(file.name()).append("\n\n");
    file.description().ifPresent(description -> md.append(description).append("\n\n"));
    md.append("Written by `iamkit plan` from `").append(file.source()).append("`: ").append(file.setups().size())
        .append(file.setups().size() == 1 ? " set-up" : " set-ups").append(" in partition `")
        .append(file.partition().id()).append("`.\n\n");
    md.append("## Trust graph\n\n```mermaid\n").append(MermaidDiagram.of(file.setups(), file.accounts()))
        .append("```\n\n");
    md.append("Dotted arrows: who may assume a role, read from its trust policy. Solid arrows: the buckets a role's "
        + "policies, or a bucket's policy, let a principal read or write, and the roles a role may pass to EC2 "
        + "(PassRole).\n\n");
    md.append("## Documents\n\n");
    md.append("| set-up | account | document | size | limit |\n|---|---|---|---:|---:|\n");
    for (Row row : rows) {
      md.append("| ").append(row.setupCell()).append(" | ").append(account(row.account)).append(" | ")
          .append(row.document).append(" | ").append(number(row.check.size())).append(" | ")
          .append(number(row.check.limit().characters())).append(" |\n");
    }
    md.append("\nSizes are in characters without whitespace, as IAM counts them. Each document is in its own file "
        + "beside this one.\n\n");
    md.append("## Deploy\n\n");
    md.append("Neither export creates buckets: they must exist.\n\n");
    for (SetupRole role : resources.roles()) {
      if (role.trustPolicy().isPresent() && namesItself(role)) {
        md.append("Role `").append(role.name()).append("` names itself as a principal of its trust policy, and IAM "
            + "refuses a principal that does not exist yet, so the first deployment fails on this role: deploy it "
            + "once with its own ARN left out of the trust policy, then again with the full document.\n\n");
      }
    }
    md.append("- Terraform: run `terraform init` and `terraform apply` in this directory (`main.tf.json`). Set "
        + "variable `region` to the region of the buckets and the `aws_profile_*` variables to the AWS CLI profile "
        + "of each account.\n");
    md.append("- CloudFormation: one stack per account, deployed with that account's credentials, in this order:\n");
    int step = 1;
    for (AccountId account : resources.accountsInDeployOrder()) {
      md.append("  ").append(step++).append(". `").append(cloudFormationFile(account)).append("` in account ")
          .append(account.value()).append(file.alias(account).map(alias -> " (" + alias + ")").orElse(""))
          .append('\n');
    }
    AccountId first = resources.accountsInDeployOrder().get(0);
    md.append("\n  For example: `aws cloudformation deploy --template-file ").append(cloudFormationFile(first))
        .append(" --stack-name iamkit-").append(file.name()).append(" --capabilities CAPABILITY_NAMED_IAM`.\n");
    return md.toString();
  }

  /** Whether the role's trust policy names the role's own ARN in a {@code Principal}. */
  private static boolean namesItself(SetupRole role) {
    String arn = role.arn().toString();
    for (Statement statement : role.trustPolicy().orElseThrow().statements()) {
      if (statement.principal().map(principal -> principal.ids(PrincipalType.AWS).contains(arn)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  static String number(int value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
