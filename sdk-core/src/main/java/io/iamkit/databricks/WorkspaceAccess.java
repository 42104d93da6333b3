package io.iamkit.databricks;

import io.iamkit.policy.AccountId;
import io.iamkit.policy.Arn;
import io.iamkit.policy.Condition;
import io.iamkit.policy.Effect;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.Resource;
import io.iamkit.policy.Statement;
import io.iamkit.policy.ValueForm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pattern {@code databricks.workspace.access}: the access policy (inline policy) of the cross-account role that
 * Databricks assumes to deploy workspaces, for each of the three VPC options of "Create a cross-account IAM role"
 * (seed 000, section "Create an access policy").
 *
 * <pre>{@code
 * PolicyDocument access = WorkspaceAccess.builder().build();   // Databricks-managed VPC, the default
 *
 * PolicyDocument restricted = WorkspaceAccess.builder()
 *     .vpc(WorkspaceAccess.Vpc.CUSTOMER_MANAGED_RESTRICTED)
 *     .accountId("111122223333")
 *     .vpcId("vpc-0a1b2c3d4e5f60718")
 *     .region("us-west-2")
 *     .securityGroupId("sg-0123456789abcdef0")
 *     .addPassRole("arn:aws:iam::111122223333:role/MyRoleA")
 *     .build();
 * }</pre>
 *
 * <p>Sources, per document:
 * <ul>
 *   <li>{@link Vpc#DATABRICKS_MANAGED}: seed 000, "Default deployment policy".
 *   <li>{@link Vpc#CUSTOMER_MANAGED}: seed 000, "Customer-managed VPC with default policy restrictions".
 *   <li>{@link Vpc#CUSTOMER_MANAGED_RESTRICTED}: seed 000, "Customer-managed VPC with custom policy
 *       restrictions", with {@code ACCOUNTID}, {@code VPCID}, {@code REGION} and {@code SECURITYGROUPID} filled from
 *       {@code accountId}, {@code vpcId}, {@code region} and {@code securityGroupId}. These four are required for
 *       this option and refused for the two others, which name no account, VPC, region or security group.
 *   <li>Pass roles: seed 001 ("Update the policy for the Account A role used to create clusters, adding the
 *       iam:PassRole action") prints the statement {@code {"Effect": "Allow", "Action": "iam:PassRole",
 *       "Resource": [<role ARNs>]}}, appended after the seed-000 statements.
 * </ul>
 *
 * <p>The partition changes only ARNs: the restricted option's EC2 ARNs and the EC2 Spot service-linked role
 * ({@code arn:aws-us-gov:iam::*:role/aws-service-role/spot.amazonaws.com/AWSServiceRoleForEC2Spot} in GovCloud).
 * Seed 000 prints the commercial form only; the GovCloud ARNs follow the AWS ARN format (no source prints them).
 * Two consistency checks have no Databricks source and are iamkit's own, because the alternative is a policy that
 * silently matches nothing: the {@code region} must belong to the partition ({@code us-gov-} regions exactly for
 * GovCloud), and every pass role must be in the partition's ARN namespace.
 */
public final class WorkspaceAccess {
  static final String ID = "databricks.workspace.access";

  static final DatabricksPattern PATTERN = PatternSpec.builder(ID)
      .description("Cross-account role access policy for the three VPC options: databricks-managed, "
          + "customer-managed, customer-managed-restricted")
      .seeds("000")
      .optional("vpc", "databricks-managed",
          "VPC option: databricks-managed, customer-managed or customer-managed-restricted")
      .optional("accountId", "your AWS account ID (ACCOUNTID); required for customer-managed-restricted only")
      .optional("vpcId", "the VPC to launch workspaces in (VPCID); required for customer-managed-restricted only")
      .optional("region", "the VPC's AWS region (REGION); required for customer-managed-restricted only")
      .optional("securityGroupId",
          "the workspace security group (SECURITYGROUPID); required for customer-managed-restricted only")
      .partition()
      .optional("passRoles", "comma-separated IAM role ARNs the role may pass (adds an iam:PassRole statement)")
      .render(WorkspaceAccess::render);

  private static final String SPOT_ROLE = "role/aws-service-role/spot.amazonaws.com/AWSServiceRoleForEC2Spot";
  private static final String VENDOR_DATABRICKS = "Databricks";

  private static final String[] DATABRICKS_MANAGED_ACTIONS = {
    "ec2:AllocateAddress", "ec2:AssignPrivateIpAddresses", "ec2:AssociateDhcpOptions",
    "ec2:AssociateIamInstanceProfile", "ec2:AssociateRouteTable", "ec2:AttachInternetGateway", "ec2:AttachVolume",
    "ec2:AuthorizeSecurityGroupEgress", "ec2:AuthorizeSecurityGroupIngress", "ec2:CancelSpotInstanceRequests",
    "ec2:CreateDhcpOptions", "ec2:CreateFleet", "ec2:CreateInternetGateway", "ec2:CreateLaunchTemplate",
    "ec2:CreateLaunchTemplateVersion", "ec2:CreateNatGateway", "ec2:CreateRoute", "ec2:CreateRouteTable",
    "ec2:CreateSecurityGroup", "ec2:CreateSubnet", "ec2:CreateTags", "ec2:CreateVolume", "ec2:CreateVpc",
    "ec2:CreateVpcEndpoint", "ec2:DeleteDhcpOptions", "ec2:DeleteFleets", "ec2:DeleteInternetGateway",
    "ec2:DeleteLaunchTemplate", "ec2:DeleteLaunchTemplateVersions", "ec2:DeleteNatGateway", "ec2:DeleteRoute",
    "ec2:DeleteRouteTable", "ec2:DeleteSecurityGroup", "ec2:DeleteSubnet", "ec2:DeleteTags", "ec2:DeleteVolume",
    "ec2:DeleteVpc", "ec2:DeleteVpcEndpoints", "ec2:DescribeAvailabilityZones", "ec2:DescribeFleetHistory",
    "ec2:DescribeFleetInstances", "ec2:DescribeFleets", "ec2:DescribeIamInstanceProfileAssociations",
    "ec2:DescribeInstanceStatus", "ec2:DescribeInstances", "ec2:DescribeInternetGateways",
    "ec2:DescribeLaunchTemplates", "ec2:DescribeNatGateways", "ec2:DescribePrefixLists",
    "ec2:DescribeReservedInstancesOfferings", "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups",
    "ec2:DescribeSpotInstanceRequests", "ec2:DescribeSpotPriceHistory", "ec2:DescribeSubnets",
    "ec2:DescribeVolumes", "ec2:DescribeVpcs", "ec2:DetachInternetGateway", "ec2:DisassociateIamInstanceProfile",
    "ec2:DisassociateRouteTable", "ec2:GetLaunchTemplateData", "ec2:GetSpotPlacementScores", "ec2:ModifyFleet",
    "ec2:ModifyLaunchTemplate", "ec2:ModifyVpcAttribute", "ec2:ReleaseAddress",
    "ec2:ReplaceIamInstanceProfileAssociation", "ec2:RequestSpotInstances", "ec2:RevokeSecurityGroupEgress",
    "ec2:RevokeSecurityGroupIngress", "ec2:RunInstances", "ec2:TerminateInstances"
  };

  private static final String[] CUSTOMER_MANAGED_ACTIONS = {
    "ec2:AssociateIamInstanceProfile", "ec2:AttachVolume", "ec2:AuthorizeSecurityGroupEgress",
    "ec2:AuthorizeSecurityGroupIngress", "ec2:CancelSpotInstanceRequests", "ec2:CreateTags", "ec2:CreateVolume",
    "ec2:DeleteTags", "ec2:DeleteVolume", "ec2:DescribeAvailabilityZones",
    "ec2:DescribeIamInstanceProfileAssociations", "ec2:DescribeInstanceStatus", "ec2:DescribeInstances",
    "ec2:DescribeInternetGateways", "ec2:DescribeNatGateways", "ec2:DescribeNetworkAcls",
    "ec2:DescribePrefixLists", "ec2:DescribeReservedInstancesOfferings", "ec2:DescribeRouteTables",
    "ec2:DescribeSecurityGroups", "ec2:DescribeSpotInstanceRequests", "ec2:DescribeSpotPriceHistory",
    "ec2:DescribeSubnets", "ec2:DescribeVolumes", "ec2:DescribeVpcAttribute", "ec2:DescribeVpcs",
    "ec2:DetachVolume", "ec2:DisassociateIamInstanceProfile", "ec2:ReplaceIamInstanceProfileAssociation",
    "ec2:RequestSpotInstances", "ec2:RevokeSecurityGroupEgress", "ec2:RevokeSecurityGroupIngress",
    "ec2:RunInstances", "ec2:TerminateInstances"
  };

  private static final String[] NON_RESOURCE_BASED_ACTIONS = {
    "ec2:CancelSpotInstanceRequests", "ec2:DescribeAvailabilityZones", "ec2:DescribeIamInstanceProfileAssociations",
    "ec2:DescribeInstanceStatus", "ec2:DescribeInstances", "ec2:DescribeInternetGateways",
    "ec2:DescribeNatGateways", "ec2:DescribeNetworkAcls", "ec2:DescribePrefixLists",
    "ec2:DescribeReservedInstancesOfferings", "ec2:DescribeRouteTables", "ec2:DescribeSecurityGroups",
    "ec2:DescribeSpotInstanceRequests", "ec2:DescribeSpotPriceHistory", "ec2:DescribeSubnets",
    "ec2:DescribeVolumes", "ec2:DescribeVpcAttribute", "ec2:DescribeVpcs", "ec2:CreateTags", "ec2:DeleteTags",
    "ec2:RequestSpotInstances"
  };

  /** The VPC a workspace is deployed in, which decides the access policy. */
  public enum Vpc {
    /** A VPC that Databricks creates and configures in your account: the default deployment policy. */
    DATABRICKS_MANAGED("databricks-managed"),
    /** Your own VPC, with the default policy restrictions. */
    CUSTOMER_MANAGED("customer-managed"),
    /** Your own VPC, restricted to one account, VPC, region and security group. */
    CUSTOMER_MANAGED_RESTRICTED("customer-managed-restricted");

    private final String id;

    Vpc(String id) {
      this.id = id;
    }

    /** The parameter value, such as {@code customer-managed-restricted}. */
    public String id() {
      return id;
    }

    static Vpc parse(String id) {
      for (Vpc vpc : values()) {
        if (vpc.id.equals(id)) {
          return vpc;
        }
      }
      throw new ParameterException("vpc", id,
          "must be databricks-managed, customer-managed or customer-managed-restricted");
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private WorkspaceAccess() {}

  /** Returns a builder for the Databricks-managed VPC policy; every setting is optional for that option. */
  public static Builder builder() {
    return new Builder();
  }

  private static PatternOutput render(Params p) {
    Builder builder = builder().vpc(Vpc.parse(p.string("vpc"))).partition(p.partition());
    p.optional("accountId").ifPresent(builder::accountId);
    p.optional("vpcId").ifPresent(builder::vpcId);
    p.optional("region").ifPresent(builder::region);
    p.optional("securityGroupId").ifPresent(builder::securityGroupId);
    p.optional("passRoles").ifPresent(builder::passRoles);
    return PatternOutput.of(builder.build());
  }

  /** Builds the workspace access policy. */
  public static final class Builder {
    private Vpc vpc = Vpc.DATABRICKS_MANAGED;
    private DatabricksPartition partition = DatabricksPartition.AWS;
    private @Nullable AccountId accountId;
    private @Nullable String vpcId;
    private @Nullable String region;
    private @Nullable String securityGroupId;
    private final List<Arn> passRoles = new ArrayList<>();

    private Builder() {}

    /** The VPC option; by default {@link Vpc#DATABRICKS_MANAGED}. */
    public Builder vpc(Vpc value) {
      this.vpc = Objects.requireNonNull(value, "vpc == null");
      return this;
    }

    /** The Databricks deployment, which sets the ARN partition; by default {@link DatabricksPartition#AWS}. */
    public Builder partition(DatabricksPartition value) {
      this.partition = Objects.requireNonNull(value, "partition == null");
      return this;
    }

    /** Your AWS account ID ({@code ACCOUNTID}). Required for {@link Vpc#CUSTOMER_MANAGED_RESTRICTED} only. */
    public Builder accountId(AccountId value) {
      this.accountId = Objects.requireNonNull(value, "accountId == null");
      return this;
    }

    /**
     * Your AWS account ID ({@code ACCOUNTID}). Required for {@link Vpc#CUSTOMER_MANAGED_RESTRICTED} only.
     *
     * @throws ParameterException if it is not 12 digits
     */
    public Builder accountId(String value) {
      return accountId(Validate.accountId("accountId", value));
    }

    /**
     * The VPC workspaces are launched in ({@code VPCID}), such as {@code vpc-0a1b2c3d4e5f60718}. Required for
     * {@link Vpc#CUSTOMER_MANAGED_RESTRICTED} only.
     *
     * @throws ParameterException if it is not a VPC ID
     */
    public Builder vpcId(String value) {
      this.vpcId = Validate.vpcId("vpcId", value);
      return this;
    }

    /**
     * The AWS region of the VPC ({@code REGION}), such as {@code us-west-2}. Required for
     * {@link Vpc#CUSTOMER_MANAGED_RESTRICTED} only; it must be a region of the partition.
     *
     * @throws ParameterException if it is not a region name
     */
    public Builder region(String value) {
      this.region = Validate.region("region", value);
      return this;
    }

    /**
     * The security group of the workspace ({@code SECURITYGROUPID}), such as {@code sg-0123456789abcdef0}.
     * Required for {@link Vpc#CUSTOMER_MANAGED_RESTRICTED} only. Seed 000 warns that with this restriction the
     * role cannot be reused for other workspaces.
     *
     * @throws ParameterException if it is not a security group ID
     */
    public Builder securityGroupId(String value) {
      this.securityGroupId = Validate.securityGroupId("securityGroupId", value);
      return this;
    }

    /**
     * Appends a role the cross-account role may pass ({@code iam:PassRole}), such as the instance-profile role
     * of seed 001. All pass roles go into one statement, appended last.
     *
     * @throws ParameterException if it is not an IAM role ARN
     */
    public Builder addPassRole(Arn role) {
      Objects.requireNonNull(role, "role == null");
      passRoles.add(Validate.roleArn("passRoles", role.toString()));
      return this;
    }

    /**
     * Appends a role the cross-account role may pass, by ARN.
     *
     * @throws ParameterException if it is not an IAM role ARN
     */
    public Builder addPassRole(String roleArn) {
      passRoles.add(Validate.roleArn("passRoles", roleArn));
      return this;
    }

    /**
     * Replaces the roles the cross-account role may pass. An empty collection means no PassRole statement.
     *
     * @throws ParameterException if one is not an IAM role ARN
     */
    public Builder passRoles(Collection<Arn> roles) {
      List<Arn> checked = new ArrayList<>(roles.size());
      for (Arn role : roles) {
        checked.add(Validate.roleArn("passRoles", Objects.requireNonNull(role, "role == null").toString()));
      }
      passRoles.clear();
      passRoles.addAll(checked);
      return this;
    }

    /**
     * Replaces the roles the cross-account role may pass with a comma-separated list of role ARNs, as the
     * {@code passRoles} parameter takes them; blanks around commas are ignored.
     *
     * @throws ParameterException if the list is empty, has an empty entry or an entry that is not a role ARN
     */
    public Builder passRoles(String commaSeparatedRoleArns) {
      List<Arn> roles = new ArrayList<>();
      for (String entry : commaSeparatedRoleArns.split(",", -1)) {
        String trimmed = entry.strip();
        if (trimmed.isEmpty()) {
          throw new ParameterException("passRoles", commaSeparatedRoleArns,
              "must be a comma-separated list of IAM role ARNs, without empty entries");
        }
        roles.add(Validate.roleArn("passRoles", trimmed));
      }
      passRoles.clear();
      passRoles.addAll(roles);
      return this;
    }

    /**
     * Returns the access policy.
     *
     * @throws ParameterException if {@code vpc} is {@link Vpc#CUSTOMER_MANAGED_RESTRICTED} and one of
     *     {@code accountId}, {@code vpcId}, {@code region}, {@code securityGroupId} is missing; if one of them is
     *     given for another option; if the region is not in the partition; or if a pass role is in another
     *     partition
     */
    public PolicyDocument build() {
      String arnPartition = partition.arnPartition().id();
      for (Arn role : passRoles) {
        if (!role.partition().equals(arnPartition)) {
          throw new ParameterException("passRoles", role.toString(), "is not in partition " + arnPartition
              + " of the " + partition.id() + " deployment");
        }
      }
      List<Statement> statements = new ArrayList<>();
      if (vpc == Vpc.CUSTOMER_MANAGED_RESTRICTED) {
        restrictedStatements(statements, arnPartition);
      } else {
        refuseRestriction("accountId", accountId == null ? null : accountId.value());
        refuseRestriction("vpcId", vpcId);
        refuseRestriction("region", region);
        refuseRestriction("securityGroupId", securityGroupId);
        statements.add(Statement.builder()
            .sid("Stmt1403287045000")
            .effect(Effect.ALLOW)
            .addActions(vpc == Vpc.DATABRICKS_MANAGED ? DATABRICKS_MANAGED_ACTIONS : CUSTOMER_MANAGED_ACTIONS)
            .addResource(Resource.ALL)
            .resourceForm(ValueForm.ARRAY)
            .build());
        statements.add(spotServiceLinkedRole(arnPartition));
      }
      if (!passRoles.isEmpty()) {
        Statement.Builder passRole = Statement.builder()
            .effect(Effect.ALLOW)
            .addAction("iam:PassRole")
            .resourceForm(ValueForm.ARRAY);
        passRoles.forEach(role -> passRole.addResource(Resource.of(role)));
        statements.add(passRole.build());
      }
      return PolicyDocument.of(statements);
    }

    private void refuseRestriction(String parameter, @Nullable String value) {
      if (value != null) {
        throw new ParameterException(parameter, value,
            "applies only when vpc is customer-managed-restricted (vpc is " + vpc.id() + ")");
      }
    }

    private static <T> T require(String parameter, @Nullable T value) {
      if (value == null) {
        throw new ParameterException(parameter, null,
            "is required by " + ID + " when vpc is customer-managed-restricted");
      }
      return value;
    }

    private void checkRegionInPartition(String name) {
      boolean govCloudRegion = name.startsWith("us-gov-");
      if (partition.arnPartition().id().equals("aws-us-gov") && !govCloudRegion) {
        throw new ParameterException("region", name,
            "is not a region of partition " + partition.id() + " (GovCloud regions start with us-gov-)");
      }
      if (partition == DatabricksPartition.AWS && (govCloudRegion || name.startsWith("cn-") || name.contains("-iso"))) {
        throw new ParameterException("region", name, "is not a region of partition aws"
            + (govCloudRegion ? " (set partition to aws-us-gov or aws-us-gov-dod for GovCloud)" : ""));
      }
    }

    /** Seed 000, "Customer-managed VPC with custom policy restrictions", statement by statement. */
    private void restrictedStatements(List<Statement> statements, String arnPartition) {
      String account = require("accountId", accountId).value();
      String vpcName = require("vpcId", vpcId);
      String regionName = require("region", region);
      String securityGroup = require("securityGroupId", securityGroupId);
      checkRegionInPartition(regionName);
      String vpcArn = ec2(arnPartition, regionName, account, "vpc/" + vpcName).text();
      Resource instances = ec2(arnPartition, regionName, account, "instance/*");
      Resource volumes = ec2(arnPartition, regionName, account, "volume/*");
      Resource images = ec2(arnPartition, regionName, account, "image/*");
      Resource networkInterfaces = ec2(arnPartition, regionName, account, "network-interface/*");
      Resource subnets = ec2(arnPartition, regionName, account, "subnet/*");
      Resource securityGroups = ec2(arnPartition, regionName, account, "security-group/*");

      statements.add(Statement.builder()
          .sid("NonResourceBasedPermissions")
          .effect(Effect.ALLOW)
          .addActions(NON_RESOURCE_BASED_ACTIONS)
          .addResource(Resource.ALL)
          .resourceForm(ValueForm.ARRAY)
          .build());
      statements.add(Statement.builder()
          .sid("InstancePoolsSupport")
          .effect(Effect.ALLOW)
          .addActions("ec2:AssociateIamInstanceProfile", "ec2:DisassociateIamInstanceProfile",
              "ec2:ReplaceIamInstanceProfileAssociation")
          .addResource(instances)
          .addCondition(Condition.stringEquals("ec2:ResourceTag/Vendor", VENDOR_DATABRICKS))
          .build());
      statements.add(Statement.builder()
          .sid("AllowEc2RunInstancePerTag")
          .effect(Effect.ALLOW)
          .addAction("ec2:RunInstances")
          .addResources(volumes, instances)
          .addCondition(Condition.stringEquals("aws:RequestTag/Vendor", VENDOR_DATABRICKS))
          .build());
      statements.add(Statement.builder()
          .sid("AllowEc2RunInstanceImagePerTag")
          .effect(Effect.ALLOW)
          .addAction("ec2:RunInstances")
          .addResource(images)
          .resourceForm(ValueForm.ARRAY)
          .addCondition(Condition.stringEquals("aws:ResourceTag/Vendor", VENDOR_DATABRICKS))
          .build());
      statements.add(Statement.builder()
          .sid("AllowEc2RunInstancePerVPCid")
          .effect(Effect.ALLOW)
          .addAction("ec2:RunInstances")
          .addResources(networkInterfaces, subnets, securityGroups)
          .addCondition(Condition.stringEquals("ec2:vpc", vpcArn))
          .build());
      statements.add(Statement.builder()
          .sid("AllowEc2RunInstanceOtherResources")
          .effect(Effect.ALLOW)
          .addAction("ec2:RunInstances")
          .addNotResources(images, networkInterfaces, subnets, securityGroups, volumes, instances)
          .build());
      statements.add(Statement.builder()
          .sid("EC2TerminateInstancesTag")
          .effect(Effect.ALLOW)
          .addAction("ec2:TerminateInstances")
          .actionForm(ValueForm.ARRAY)
          .addResource(instances)
          .resourceForm(ValueForm.ARRAY)
          .addCondition(Condition.stringEquals("ec2:ResourceTag/Vendor", VENDOR_DATABRICKS))
          .build());
      statements.add(Statement.builder()
          .sid("EC2AttachDetachVolumeTag")
          .effect(Effect.ALLOW)
          .addActions("ec2:AttachVolume", "ec2:DetachVolume")
          .addResources(instances, volumes)
          .addCondition(Condition.stringEquals("ec2:ResourceTag/Vendor", VENDOR_DATABRICKS))
          .build());
      statements.add(Statement.builder()
          .sid("EC2CreateVolumeByTag")
          .effect(Effect.ALLOW)
          .addAction("ec2:CreateVolume")
          .actionForm(ValueForm.ARRAY)
          .addResource(volumes)
          .resourceForm(ValueForm.ARRAY)
          .addCondition(Condition.stringEquals("aws:RequestTag/Vendor", VENDOR_DATABRICKS))
          .build());
      statements.add(Statement.builder()
          .sid("EC2DeleteVolumeByTag")
          .effect(Effect.ALLOW)
          .addAction("ec2:DeleteVolume")
          .actionForm(ValueForm.ARRAY)
          .addResource(volumes)
          .resourceForm(ValueForm.ARRAY)
          .addCondition(Condition.stringEquals("ec2:ResourceTag/Vendor", VENDOR_DATABRICKS))
          .build());
      statements.add(spotServiceLinkedRole(arnPartition));
      statements.add(Statement.builder()
          .sid("VpcNonresourceSpecificActions")
          .effect(Effect.ALLOW)
          .addActions("ec2:AuthorizeSecurityGroupEgress", "ec2:AuthorizeSecurityGroupIngress",
              "ec2:RevokeSecurityGroupEgress", "ec2:RevokeSecurityGroupIngress")
          .addResource(ec2(arnPartition, regionName, account, "security-group/" + securityGroup))
          .addCondition(Condition.stringEquals("ec2:vpc", vpcArn))
          .build());
    }

    private static Resource ec2(String arnPartition, String region, String account, String resource) {
      return Resource.of(Arn.of(arnPartition, "ec2", region, account, resource));
    }

    /** The statement every option of seed 000 ends with: create the EC2 Spot service-linked role. */
    private static Statement spotServiceLinkedRole(String arnPartition) {
      return Statement.builder()
          .effect(Effect.ALLOW)
          .addActions("iam:CreateServiceLinkedRole", "iam:PutRolePolicy")
          .addResource(Resource.of(Arn.of(arnPartition, "iam", "", "*", SPOT_ROLE)))
          .addCondition(Condition.stringLike("iam:AWSServiceName", "spot.amazonaws.com"))
          .build();
    }
  }
}
