package io.iamkit.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code iamkit} command: {@code validate}, {@code lint}, {@code simulate}, {@code format}, {@code patterns},
 * {@code render}, {@code plan}, {@code apply} and {@code verify}, plus
 * {@code --help} and {@code --version}.
 *
 * <pre>{@code
 * int exitCode = new CommandLine(new IamkitCli()).execute("validate", "trust.json");
 * }</pre>
 *
 * <p>Usage errors (an unknown option, a missing argument or subcommand) exit with 2, see {@link ExitCodes}.
 */
@Command(
    name = "iamkit",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.INVALID,
    description = "Typed, tested AWS IAM policies for Databricks.",
    subcommands = {
      ValidateCommand.class, LintCommand.class, SimulateCommand.class, FormatCommand.class, PatternsCommand.class,
      RenderCommand.class, PlanCommand.class, ApplyCommand.class, VerifyCommand.class
    })
public final class IamkitCli {
  private final InputStream stdin;

  /** A command that reads {@code -} from {@link System#in}. */
  public IamkitCli() {
    this(System.in);
  }

  /** A command that reads {@code -} from {@code stdin}; for tests. */
  IamkitCli(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Where {@code -} is read from. */
  InputStream stdin() {
    return stdin;
  }

  /** Runs {@code iamkit} and exits with its exit code. Policies are printed as UTF-8, as JSON requires. */
  public static void main(String[] args) {
    CommandLine commandLine = new CommandLine(new IamkitCli());
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    System.exit(commandLine.execute(args));
  }

  /** {@code iamkit <version>}, from the jar manifest's {@code Implementation-Version}, or {@code dev}. */
  static final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = IamkitCli.class.getPackage().getImplementationVersion();
      return new String[] {"iamkit " + (version == null || version.isBlank() ? "dev" : version)};
    }
  }
}
