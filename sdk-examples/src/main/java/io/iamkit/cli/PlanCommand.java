package io.iamkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.iamkit.setupfile.SetupFile;
import io.iamkit.setupfile.SetupFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code iamkit plan --config FILE | --demo [--out DIR] [--json] [--color WHEN]}: renders every document of a
 * set-up file with its size against its IAM limit, and writes the documents, {@code main.tf.json}, a CloudFormation
 * template per account and {@code setup.md} (the trust graph in Mermaid) to DIR, {@code iamkit-plan} by default.
 * Then it runs the {@link PlanChecks}. Exit code 0, 1 when a document is over its limit or a check fails, 2 when
 * the set-up file cannot be read or is invalid, or DIR cannot be written.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    sortOptions = false,
    description = {
      "Renders every document of a set-up file with its size against its IAM limit, and writes them, a Terraform "
          + "configuration (main.tf.json), a CloudFormation template per account and setup.md (the trust graph "
          + "as a Mermaid diagram) to DIR; then simulates offline who can do what (expected against simulated) "
          + "and lints every document.",
      "Exit code: 0 all within limits, verified and without lint errors; 1 a document over its limit, a "
          + "verification row not as expected or a lint error; 2 an invalid set-up file or an output directory "
          + "that cannot be written."
    })
final class PlanCommand implements Callable<Integer> {
  /** The bundled demo set-up, on the class path. */
  static final String DEMO_RESOURCE = "/examples/demo-setup.json";
  /** How the demo set-up is named in messages and in {@code setup.md}. */
  static final String DEMO_SOURCE = "examples/demo-setup.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  /** Where the set-up comes from: a file or the bundled demo. */
  static final class Input {
    @Option(names = "--config", paramLabel = "FILE", required = true, description = "The set-up file to plan.")
    Path config;

    @Option(names = "--demo", required = true,
        description = "Plan the bundled demo set-up (made-up account IDs) instead of a file.")
    boolean demo;
  }

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "iamkit-plan",
      description = "Where to write the files; created if missing, files of the same names replaced "
          + "(default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--json", description = "Print a summary for tools, as JSON, instead of the table.")
  boolean json;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour the table: auto (when standard output is a terminal), always or never "
          + "(default: ${DEFAULT-VALUE}).")
  String color;

  private final List<PlanCheck> checks;

  /** The command with the {@link PlanChecks#standard() standard checks}. */
  PlanCommand() {
    this(PlanChecks.standard());
  }

  /** The command with {@code checks}; for tests. */
  PlanCommand(List<PlanCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Ansi ansi = ansi();
    SetupFile file;
    try {
      file = input.demo ? SetupFile.read(demoText(), DEMO_SOURCE) : SetupFile.read(input.config);
    } catch (SetupFileException | UncheckedIOException e) {
      err.print(e.getMessage() + "\n");
      err.flush();
      return ExitCodes.USAGE;
    }
    Plan plan = Plan.of(file);
    List<String> written = new ArrayList<>();
    try {
      Files.createDirectories(out);
      for (Map.Entry<String, String> entry : plan.files.entrySet()) {
        Path path = out.resolve(entry.getKey());
        Files.writeString(path, entry.getValue(), StandardCharsets.UTF_8);
        written.add(path.toString());
      }
    } catch (IOException e) {
      err.print("Cannot write to " + out + ": " + e + "\n");
      err.flush();
      return ExitCodes.USAGE;
    }
    Map<PlanCheck, PlanCheck.Result> results = new LinkedHashMap<>();
    for (PlanCheck check : checks) {
      results.put(check, check.run(file, plan.resources));
    }
    boolean failed = plan.exceeded() || results.values().stream().anyMatch(result -> !result.passed());
    int exitCode = failed ? ExitCodes.INVALID : ExitCodes.OK;
    if (json) {
      printJson(stdout, plan, written, results, exitCode);
    } else {
      printText(stdout, ansi, plan, written, results);
    }
    stdout.flush();
    return exitCode;
  }

  private Ansi ansi() {
    switch (color) {
      case "auto":
        return Ansi.AUTO.enabled() ? Ansi.ON : Ansi.OFF;
      case "always":
        return Ansi.ON;
      case "never":
        return Ansi.OFF;
      default:
        throw new CommandLine.ParameterException(spec.commandLine(),
            "Invalid value for option '--color': '" + color + "' (must be auto, always or never)");
    }
  }

  private static String demoText() {
    try (InputStream in = PlanCommand.class.getResourceAsStream(DEMO_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The demo set-up " + DEMO_RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printText(PrintWriter stdout, Ansi ansi, Plan plan, List<String> written,
      Map<PlanCheck, PlanCheck.Result> results) {
    SetupFile file = plan.file;
    int accounts = plan.resources.accounts().size();
    stdout.print("Plan " + file.name() + " from " + file.source() + ": " + count(file.setups().size(), "set-up")
        + " in " + count(accounts, "account") + "\n\n");
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"SET-UP", "ACCOUNT", "DOCUMENT", "SIZE", "LIMIT", ""});
    for (Plan.Row row : plan.rows) {
      cells.add(new String[] {row.setupCell(), plan.account(row.account), row.document,
          Plan.number(row.check.size()), Plan.number(row.check.limit().characters()),
          row.check.exceeded()
              ? "@|bold,red OVER by " + Plan.number(row.check.size() - row.check.limit().characters()) + "|@"
              : "@|green ok|@"});
    }
    int[] widths = new int[6];
    for (String[] line : cells) {
      for (int i = 0; i < 5; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      String[] line = cells.get(i);
      StringBuilder text = new StringBuilder();
      text.append(pad(line[0], widths[0], false)).append("  ").append(pad(line[1], widths[1], false)).append("  ")
          .append(pad(line[2], widths[2], false)).append("  ").append(pad(line[3], widths[3], true)).append("  ")
          .append(pad(line[4], widths[4], true));
      if (i == 0) {
        stdout.print(ansi.string("@|bold " + text.toString().stripTrailing() + "|@") + "\n");
      } else {
        stdout.print(text + "  " + ansi.string(line[5]) + "\n");
      }
    }
    long over = plan.rows.stream().filter(row -> row.check.exceeded()).count();
    if (over > 0) {
      stdout.print("\n" + ansi.string("@|bold,red " + (over == 1 ? "1 document is over its IAM limit"
          : over + " documents are over their IAM limits") + "|@") + "\n");
    }
    stdout.print("\nWrote " + count(written.size(), "file") + " to " + out + ":\n");
    for (String path : written) {
      stdout.print("  " + path + "\n");
    }
    for (Map.Entry<PlanCheck, PlanCheck.Result> entry : results.entrySet()) {
      PlanCheck.Result result = entry.getValue();
      stdout.print("\n" + ansi.string("@|bold " + entry.getKey().name() + "|@ "
          + (result.passed() ? "@|green passed|@" : "@|bold,red failed|@")) + "\n");
      for (String line : result.lines()) {
        stdout.print(ansi.string(line) + "\n");
      }
    }
  }

  private void printJson(PrintWriter stdout, Plan plan, List<String> written,
      Map<PlanCheck, PlanCheck.Result> results, int exitCode) {
    SetupFile file = plan.file;
    ObjectNode root = JSON.createObjectNode();
    root.put("name", file.name());
    root.put("source", file.source());
    root.put("partition", file.partition().id());
    ObjectNode accounts = root.putObject("accounts");
    file.accounts().forEach((alias, account) -> accounts.put(alias, account.value()));
    ArrayNode setups = root.putArray("setups");
    for (int index = 0; index < file.setups().size(); index++) {
      setups.addObject().put("index", index).put("type", file.setups().get(index).kind());
    }
    ArrayNode documents = root.putArray("documents");
    for (Plan.Document document : plan.documents) {
      documents.addObject()
          .put("path", out.resolve(document.file).toString())
          .put("setup", document.setup)
          .put("account", document.account.value())
          .put("document", document.document)
          .put("size", document.size)
          .put("limit", document.limit.characters())
          .put("limitKind", document.limit.kind());
    }
    ArrayNode sizes = root.putArray("sizes");
    for (Plan.Row row : plan.rows) {
      ObjectNode document = sizes.addObject();
      ArrayNode indexes = document.putArray("setups");
      row.setups.forEach(indexes::add);
      document.put("account", row.account.value());
      document.put("document", row.document);
      ArrayNode paths = document.putArray("paths");
      row.files.forEach(name -> paths.add(out.resolve(name).toString()));
      document.put("size", row.check.size());
      document.put("limit", row.check.limit().characters());
      document.put("limitKind", row.check.limit().kind());
      document.put("exceeded", row.check.exceeded());
    }
    ArrayNode files = root.putArray("files");
    written.forEach(files::add);
    ArrayNode checkList = root.putArray("checks");
    results.forEach((check, result) -> checkList.addObject()
        .put("name", check.name())
        .put("passed", result.passed())
        .set("details", result.details()));
    root.put("exitCode", exitCode);
    try {
      stdout.print(JSON.writer(new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(root) + "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String pad(String text, int width, boolean right) {
    String padding = " ".repeat(width - text.length());
    return right ? padding + text : text + padding;
  }
}
