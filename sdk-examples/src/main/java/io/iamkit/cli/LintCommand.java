package io.iamkit.cli;

import io.iamkit.lint.Finding;
import io.iamkit.lint.LintContext;
import io.iamkit.lint.Linter;
import io.iamkit.lint.PolicyKind;
import io.iamkit.lint.Severity;
import io.iamkit.policy.Arn;
import io.iamkit.policy.ExternalId;
import io.iamkit.policy.IamkitException;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code iamkit lint [--kind KIND] [--role-arn ARN] [--external-id ID] [--unity-catalog] FILE...}: reads each file in
 * strict mode and prints the {@link Linter}'s findings, {@code FILE: SEVERITY CODE at /pointer: message}, then a
 * summary line per file.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = IamkitCli.ManifestVersion.class,
    description = {
      "Checks IAM policy documents for what IAM refuses, what cannot work as written and what grants more than "
          + "meant (codes and severities: see io.iamkit.lint.FindingCode).",
      "Prints FILE: SEVERITY CODE at /json/pointer: message for each finding, then FILE: N errors, N warnings, "
          + "N info (KIND). Unreadable documents are reported on standard error as by iamkit validate.",
      "Without --kind, the kind of each file is inferred: a document with a Principal whose actions are all "
          + "trust actions (sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, "
          + "sts:SetSourceIdentity, sts:SetContext) is a trust policy, one with a Principal otherwise a resource "
          + "policy, anything else an identity policy. SCPs and RCPs need --kind.",
      "Exit code: 0 no error (warnings allowed), 1 any ERROR finding or invalid document, 2 a file cannot be "
          + "read or the command line is wrong."
    })
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand IamkitCli parent;

  @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
      description = "identity, resource, trust, scp or rcp; inferred per file when absent.")
  @Nullable PolicyKind kind;

  @Option(names = "--role-arn", paramLabel = "ARN", converter = ArnConverter.class,
      description = "The role the policies belong to: principals of its account need no external ID, and the "
          + "Unity Catalog self-assume check looks for exactly this role.")
  @Nullable Arn roleArn;

  @Option(names = "--external-id", paramLabel = "ID", converter = ExternalIdConverter.class,
      description = "The external ID the set-up passes: every sts:ExternalId condition must accept it.")
  @Nullable ExternalId externalId;

  @Option(names = "--unity-catalog",
      description = "The role is a Databricks Unity Catalog role: its trust policy must name the Unity Catalog "
          + "master role and let the role assume itself (and, with --role-arn, so must its permissions policy).")
  boolean unityCatalog;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy files to lint; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolicyReader reader = PolicyReader.strict();
    Linter linter = Linter.create();
    LintContext context = context();
    int exitCode = ExitCodes.OK;
    for (String file : files) {
      String name = PolicyInput.displayName(file);
      try {
        PolicyDocument document = PolicyInput.read(file, parent.stdin(), reader);
        PolicyKind fileKind = kind != null ? kind : PolicyKind.infer(document);
        int[] counts = new int[Severity.values().length];
        for (Finding finding : linter.lint(document, fileKind, context)) {
          out.print(name + ": " + finding + '\n');
          counts[finding.severity().ordinal()]++;
        }
        out.print(name + ": " + plural(counts[Severity.ERROR.ordinal()], "error") + ", "
            + plural(counts[Severity.WARNING.ordinal()], "warning") + ", " + counts[Severity.INFO.ordinal()]
            + " info (" + fileKind + (kind == null ? ", inferred" : "") + ")\n");
        if (counts[Severity.ERROR.ordinal()] > 0) {
          exitCode = Math.max(exitCode, ExitCodes.INVALID);
        }
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

  private LintContext context() {
    LintContext.Builder builder = LintContext.builder().unityCatalog(unityCatalog);
    if (roleArn != null) {
      builder.roleArn(roleArn);
    }
    if (externalId != null) {
      builder.externalId(externalId);
    }
    return builder.build();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** Reads {@code --kind}: the kind's name in any case. */
  static final class KindConverter implements ITypeConverter<PolicyKind> {
    @Override
    public PolicyKind convert(String value) {
      for (PolicyKind kind : PolicyKind.values()) {
        if (kind.name().equalsIgnoreCase(value)) {
          return kind;
        }
      }
      throw new TypeConversionException(
          "expected identity, resource, trust, scp or rcp but was '" + value.toLowerCase(Locale.ROOT) + "'");
    }
  }

  /** Reads {@code --role-arn}. */
  static final class ArnConverter implements ITypeConverter<Arn> {
    @Override
    public Arn convert(String value) {
      try {
        return Arn.parse(value);
      } catch (IamkitException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Reads {@code --external-id}. */
  static final class ExternalIdConverter implements ITypeConverter<ExternalId> {
    @Override
    public ExternalId convert(String value) {
      try {
        return ExternalId.of(value);
      } catch (IamkitException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
