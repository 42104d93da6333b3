/**
 * The set-up file: one JSON document naming the accounts, the partition and the Databricks set-ups of a
 * deployment, shared by {@code iamkit plan}, {@code apply} and {@code verify}. {@link io.iamkit.setupfile.SetupFile}
 * reads it strictly: an unknown key or a bad value is a {@link io.iamkit.setupfile.SetupFileException} that gives
 * the JSON pointer, the line and the column of the offending field.
 */
@NullMarked
package io.iamkit.setupfile;

import org.jspecify.annotations.NullMarked;
