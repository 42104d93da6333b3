/**
 * Runnable examples, one per Databricks set-up, each reading like the document it implements: build the set-up
 * fluently, print its documents. Run one with {@code java -cp sdk-examples/target/iamkit.jar
 * io.iamkit.examples.S3CrossAccountExample}.
 */
@NullMarked
package io.iamkit.examples;

import org.jspecify.annotations.NullMarked;
