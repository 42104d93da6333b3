/**
 * Applying iamkit set-ups to AWS and verifying them live, on the AWS SDK for Java v2. This module is optional:
 * {@code iamkit-core} never depends on it.
 */
@NullMarked
package io.iamkit.aws;

import org.jspecify.annotations.NullMarked;
