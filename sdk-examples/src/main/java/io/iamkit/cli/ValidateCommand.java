package io.iamkit.cli;

import io.iamkit.policy.IamkitException;
import io.iamkit.policy.json.PolicyReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code iamkit validate FILE...}: reads each file in strict mode and reports it valid or where it is not. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    description = {
      "Checks IAM policy documents in strict mode: unknown keys such as \"Actions\" are errors.",
      "Prints FILE: valid on standard output, or FILE:LINE:COLUMN: message on standard error.",
      "Exit code: 0 all valid, 1 any invalid, 2 a file cannot be read or the command line is wrong."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand IamkitCli parent;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy files to check; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolicyReader reader = PolicyReader.strict();
    int exitCode = ExitCodes.OK;
    for (String file : files) {
      String name = PolicyInput.displayName(file);
      try {
        PolicyInput.read(file, parent.stdin(), reader);
        out.print(name + ": valid\n");
      } catch (IamkitException e) {
        err.print(PolicyInput.problem(name, e) + '\n');
        exitCode = Math.max(exitCode, ExitCodes.INVALID);
      } catch (PolicyInput.UnreadableInputException e) {
        err.print(e.getMessage() + '\n');
        exitCode = ExitCodes.USAGE;
      }
    }
    out.flush();
    err.flush();
    return exitCode;
  }
}
