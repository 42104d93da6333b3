/**
 * The AWS IAM set-ups that Databricks documents, as typed presets: each pattern of the source documents (the
 * cross-account workspace role, S3 access across accounts through MyRoleA and MyRoleB, Unity Catalog storage
 * credentials, staging buckets shared with a third party, the workspace root bucket, log delivery) renders the
 * exact JSON the documents print once its placeholders are filled.
 *
 * <p>{@link io.iamkit.databricks.DatabricksPatterns} is the catalog, by stable pattern id; each pattern also has a
 * fluent Java API. Set-ups compose the documents into the roles, instance profiles and bucket policies that hold
 * them. Constants (account IDs, role ARNs) are per partition, with their sources, in
 * {@link io.iamkit.databricks.DatabricksPartition}.
 *
 * <p>This package depends on the policy model only.
 */
@NullMarked
package io.iamkit.databricks;

import org.jspecify.annotations.NullMarked;
