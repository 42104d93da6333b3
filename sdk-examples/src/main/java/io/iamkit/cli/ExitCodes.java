package io.iamkit.cli;

/**
 * The exit codes of {@code iamkit}. Picocli's own usage errors (unknown option, missing argument, missing
 * subcommand) are mapped to {@link #USAGE} by {@link IamkitCli}.
 */
final class ExitCodes {
  /** Every input was read and is valid. */
  static final int OK = 0;

  /** At least one input is not a valid policy document. */
  static final int INVALID = 1;

  /** The command line is wrong: an unknown option, a missing argument, a file that cannot be read. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
