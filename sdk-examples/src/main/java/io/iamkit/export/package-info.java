/**
 * What a list of Databricks set-ups becomes outside iamkit: {@link io.iamkit.export.IamResources} merges their
 * roles, instance profiles and bucket policies by ARN, {@link io.iamkit.export.TerraformExport} and
 * {@link io.iamkit.export.CloudFormationExport} write them as deployable Terraform JSON and CloudFormation
 * templates, and {@link io.iamkit.export.MermaidDiagram} draws who may assume whom and which buckets each role
 * reaches.
 */
@NullMarked
package io.iamkit.export;

import org.jspecify.annotations.NullMarked;
