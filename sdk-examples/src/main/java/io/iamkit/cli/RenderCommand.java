package io.iamkit.cli;

import io.iamkit.databricks.DatabricksPattern;
import io.iamkit.databricks.DatabricksPatterns;
import io.iamkit.databricks.ParameterException;
import io.iamkit.databricks.PatternOutput;
import io.iamkit.policy.IamkitException;
import io.iamkit.policy.json.PolicyWriter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code iamkit render PATTERN-ID [-p key=value]... [--compact]}: prints the document of a Databricks pattern, or
 * for the Spark-config pattern its {@code key value} lines. A missing, unknown or invalid parameter exits 2 with
 * a message naming it.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    description = {
      "Prints the document of a Databricks pattern with its parameters filled in (see iamkit patterns).",
      "Exit code: 0 printed, 2 unknown pattern or a missing, unknown or invalid parameter."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATTERN-ID", description = "A pattern id, such as databricks.uc.trust.")
  String patternId;

  @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A parameter value; repeatable.")
  List<String> parameters = List.of();

  @Option(names = "--compact", description = "Print the document on one line, without whitespace.")
  boolean compact;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<DatabricksPattern> pattern = DatabricksPatterns.find(patternId);
    if (pattern.isEmpty()) {
      err.print("Unknown pattern \"" + patternId + "\"; iamkit patterns lists them\n");
      err.flush();
      return ExitCodes.USAGE;
    }
    try {
      PatternOutput output = pattern.get().render(parse(parameters));
      if (output.document().isPresent()) {
        PolicyWriter writer = compact ? PolicyWriter.compact() : PolicyWriter.pretty();
        out.print(writer.write(output.document().get()) + '\n');
      } else {
        for (String line : output.lines()) {
          out.print(line + '\n');
        }
      }
      out.flush();
      return ExitCodes.OK;
    } catch (ParameterException e) {
      err.print(e.getMessage() + '\n');
      err.flush();
      return ExitCodes.USAGE;
    } catch (IamkitException e) {
      err.print(e.getMessage() + '\n');
      err.flush();
      return ExitCodes.INVALID;
    }
  }

  private static Map<String, String> parse(List<String> parameters) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String parameter : parameters) {
      int equals = parameter.indexOf('=');
      if (equals <= 0) {
        throw new ParameterException(parameter, null, "must be given as -p key=value");
      }
      String name = parameter.substring(0, equals);
      if (values.put(name, parameter.substring(equals + 1)) != null) {
        throw new ParameterException(name, null, "is given twice");
      }
    }
    return values;
  }
}
