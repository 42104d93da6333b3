package io.iamkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.iamkit.databricks.DatabricksPattern;
import io.iamkit.databricks.DatabricksPatterns;
import io.iamkit.databricks.PatternParameter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iamkit patterns [--json]}: the catalog of Databricks patterns with their ids, descriptions, parameters
 * and seeds. The JSON form is {@code {"patterns": [{"id", "description", "seeds": [...], "parameters": [{"name",
 * "required", "default", "description"}]}]}}; {@code default} is null when there is none.
 */
@Command(
    name = "patterns",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    description = "Lists the Databricks patterns iamkit renders, with their parameters (* = required).")
final class PatternsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the catalog as JSON, for tools.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(out);
    } else {
      printText(out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printText(PrintWriter out) {
    for (DatabricksPattern pattern : DatabricksPatterns.all()) {
      out.print(pattern.id() + "  (seed " + String.join(", ", pattern.seeds()) + ")\n");
      out.print("    " + pattern.description() + "\n");
      for (PatternParameter parameter : pattern.parameters()) {
        String marker = parameter.required() ? "*" : "";
        String defaultValue = parameter.defaultValue().map(d -> " [" + d + "]").orElse("");
        out.print(String.format("    -p %-24s %s%n",
            parameter.name() + marker + defaultValue, parameter.description()).replace(System.lineSeparator(), "\n"));
      }
      out.print("\n");
    }
  }

  private static void printJson(PrintWriter out) {
    try (JsonGenerator generator = new JsonFactory().createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      generator.writeStartObject();
      generator.writeArrayFieldStart("patterns");
      for (DatabricksPattern pattern : DatabricksPatterns.all()) {
        generator.writeStartObject();
        generator.writeStringField("id", pattern.id());
        generator.writeStringField("description", pattern.description());
        generator.writeArrayFieldStart("seeds");
        for (String seed : pattern.seeds()) {
          generator.writeString(seed);
        }
        generator.writeEndArray();
        generator.writeArrayFieldStart("parameters");
        for (PatternParameter parameter : pattern.parameters()) {
          generator.writeStartObject();
          generator.writeStringField("name", parameter.name());
          generator.writeBooleanField("required", parameter.required());
          generator.writeStringField("default", parameter.defaultValue().orElse(null));
          generator.writeStringField("description", parameter.description());
          generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print("\n");
  }
}
