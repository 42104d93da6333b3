package io.iamkit.cli;

import io.iamkit.policy.IamkitException;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import io.iamkit.policy.json.PolicyWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code iamkit format [--compact] FILE|-}: reads a policy in strict mode and prints it back, losslessly. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    description = {
      "Prints an IAM policy document back: pretty (2-space indent) by default, on one line with --compact.",
      "Key order, scalar-or-array forms and value types are kept as written. The input is read in strict mode.",
      "Exit code: 0 printed, 1 invalid document, 2 the file cannot be read or the command line is wrong."
    })
final class FormatCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand IamkitCli parent;

  @Option(names = "--compact", description = "Print the document on one line, without whitespace.")
  boolean compact;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The policy file; - reads standard input.")
  String file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = PolicyInput.displayName(file);
    try {
      PolicyDocument document = PolicyInput.read(file, parent.stdin(), PolicyReader.strict());
      PolicyWriter writer = compact ? PolicyWriter.compact() : PolicyWriter.pretty();
      out.print(writer.write(document) + '\n');
      out.flush();
      return ExitCodes.OK;
    } catch (IamkitException e) {
      err.print(PolicyInput.problem(name, e) + '\n');
      err.flush();
      return ExitCodes.INVALID;
    } catch (PolicyInput.UnreadableInputException e) {
      err.print(e.getMessage() + '\n');
      err.flush();
      return ExitCodes.USAGE;
    }
  }
}
