/**
 * The {@code iamkit} command line: {@code iamkit validate FILE...} checks policy documents in strict mode,
 * {@code iamkit lint [--kind KIND] FILE...} reports what {@code io.iamkit.lint} finds in them, and
 * {@code iamkit format [--compact] FILE|-} prints one back, losslessly. This is the only package of iamkit that
 * writes to the standard streams, and it does so through picocli's {@code getOut()}/{@code getErr()} so that
 * tests can capture them.
 */
@NullMarked
package io.iamkit.cli;

import org.jspecify.annotations.NullMarked;
