package io.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code iamkit simulate}: every {@code simulate/NAME.request.json} of the test resources gives exactly
 * {@code NAME.results.json} (golden files, reviewed by hand); bad input exits 2 with the JSON pointer of the problem.
 */
class SimulateCommandTest {
  @TempDir Path dir;

  static Stream<String> goldenCases() throws IOException, URISyntaxException {
    URL url = SimulateCommandTest.class.getResource("/simulate");
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".request.json"))
          .map(n -> n.substring(0, n.length() - ".request.json".length())).sorted().toList().stream();
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SimulateCommandTest.class.getResource("/simulate/" + name).toURI());
  }

  @ParameterizedTest
  @MethodSource("goldenCases")
  void simulate_golden(String name) throws IOException, URISyntaxException {
    String expected = Files.readString(resource(name + ".results.json"), StandardCharsets.UTF_8);

    CliRun run = CliRun.run("simulate", resource(name + ".request.json").toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.err).isEmpty();
    assertThat(run.out).isEqualTo(expected);
  }

  @Test
  void simulate_goldenCases_coverEveryDecisionAndCallerKind() throws IOException, URISyntaxException {
    StringBuilder all = new StringBuilder();
    for (String name : goldenCases().toList()) {
      all.append(Files.readString(resource(name + ".results.json"), StandardCharsets.UTF_8));
    }

    assertThat(all).contains("\"EvalDecision\": \"allowed\"", "\"EvalDecision\": \"explicitDeny\"",
        "\"EvalDecision\": \"implicitDeny\"", "\"MissingContextValues\": [\n        \"sts:ExternalId\"",
        "role trust policy \\\"ResourcePolicy\\\"", "KMS key policy \\\"ResourcePolicy\\\"",
        "\"AllowedByOrganizations\": false", "\"AllowedByPermissionsBoundary\": false",
        "request: anonymous ->", "request: logging.s3.amazonaws.com ->");
  }

  @Test
  void simulate_readsStandardInput_andExitsZeroOnADeny() {
    CliRun run = CliRun.runWithStdin("{\"ActionNames\": [\"s3:GetObject\"]}", "simulate", "-");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains("\"EvalResourceName\": \"*\"", "\"EvalDecision\": \"implicitDeny\"",
        "request: arn:aws:iam::123456789012:user/iamkit-simulated-caller -> s3:GetObject on *");
  }

  @Test
  void simulate_awsCliSkeletonKeys_areAcceptedEmpty() {
    CliRun run = CliRun.runWithStdin("{\"ActionNames\": [\"s3:GetObject\"], \"ResourceHandlingOption\": \"\", "
        + "\"MaxItems\": 0, \"Marker\": \"\", \"CallerArn\": \"\", \"ResourceOwner\": \"\", \"ContextEntries\": []}",
        "simulate", "-");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.OK);
  }

  static List<Arguments> badInputs() {
    String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
        + "\"Resource\":\"*\"}]}";
    return List.of(
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"PolicyInputLists\": []}",
            "<stdin>: /PolicyInputLists: unknown key \"PolicyInputLists\"; the keys are PolicyInputList, "
                + "PermissionsBoundaryPolicyInputList, ResourcePolicy, ResourceOwner, CallerArn, ActionNames, "
                + "ResourceArns, ContextEntries, ResourceHandlingOption, MaxItems, Marker, SessionPolicy, "
                + "ServiceControlPolicies, ResourceControlPolicies, VpcEndpointPolicies\n"),
        Arguments.of("{\"PolicyInputList\": [" + policy + "]}",
            "<stdin>: /ActionNames: is required: the actions to simulate, such as [\"s3:GetObject\"]\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"PolicyInputList\": [" + policy + ", "
            + "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"allow\",\"Action\":\"s3:*\","
            + "\"Resource\":\"*\"}]}]}",
            "<stdin>: /PolicyInputList/1/Statement/0/Effect: Statement.Effect must be \"Allow\" or \"Deny\": "
                + "\"allow\"\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"PolicyInputList\": [\"not a policy\"]}",
            "<stdin>: /PolicyInputList/0: expected a policy document (JSON, or URL-encoded JSON) but the string "
                + "does not start with {\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"PolicyInputList\": [42]}",
            "<stdin>: /PolicyInputList/0: expected a policy: a JSON object, or a string holding one, but found a "
                + "number\n"),
        Arguments.of("{\"ActionNames\": [\"s3:Get*\"]}",
            "<stdin>: /ActionNames/0: Request.action must name one action, without wildcards: \"s3:Get*\"\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"ResourceArns\": [\"*\", \"my-bucket\"]}",
            "<stdin>: /ResourceArns/1: Request.resource must be \"*\" or an ARN "
                + "(arn:partition:service:region:account:resource): \"my-bucket\"\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"ContextEntries\": [{\"ContextKeyName\": \"aws:SourceIp\","
            + " \"ContextKeyValues\": [\"10.0.0.1\"], \"ContextKeyType\": \"ipaddress\"}]}",
            "<stdin>: /ContextEntries/0/ContextKeyType: expected one of string, stringList, numeric, numericList, "
                + "boolean, booleanList, ip, ipList, binary, binaryList, date, dateList but was \"ipaddress\"\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"ContextEntries\": [{\"ContextKeyName\": \"aws:SourceIp\","
            + " \"ContextKeyValues\": [\"10.0.0.1\", \"10.0.0.2\"], \"ContextKeyType\": \"ip\"}]}",
            "<stdin>: /ContextEntries/0/ContextKeyValues: a ip key holds exactly one value; use ipList for "
                + "several\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"ContextEntries\": [{\"ContextKeyName\": \"aws:SourceIp\","
            + " \"ContextKeyValues\": [\"not-an-ip\"], \"ContextKeyType\": \"ip\"}]}",
            "<stdin>: /ContextEntries/0: RequestContext.aws:SourceIp is not a valid IP value: \"not-an-ip\"\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"ContextEntries\": [{\"ContextKeyName\": \"k\", "
            + "\"ContextKeyValues\": [\"v\"], \"Type\": \"string\"}]}",
            "<stdin>: /ContextEntries/0/Type: unknown key \"Type\"; the keys are ContextKeyName, ContextKeyValues, "
                + "ContextKeyType\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"ResourcePolicy\": " + policy + "}",
            "<stdin>: /CallerArn: is required with a ResourcePolicy, so that its principals have a caller to match "
                + "(as in AWS)\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"CallerArn\": \"arn:aws:s3:::bucket\"}",
            "<stdin>: /CallerArn: Caller is not the ARN of a user, role, assumed-role session, root or federated "
                + "user: \"arn:aws:s3:::bucket\"\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"ResourceOwner\": \"acme\"}",
            "<stdin>: /ResourceOwner: expected an account root ARN such as arn:aws:iam::123456789012:root, or an "
                + "account ID, but was \"acme\"\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"ServiceControlPolicies\": [" + policy + "]}",
            "<stdin>: /ServiceControlPolicies/0: expected a level: an array of policies (the organization root "
                + "first, the account last) but found an object\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"PermissionsBoundaryPolicyInputList\": [" + policy
            + ", " + policy + "]}",
            "<stdin>: /PermissionsBoundaryPolicyInputList/1: a principal has at most one permissions boundary\n"),
        Arguments.of("{\"ActionNames\": [\"s3:GetObject\"], \"ResourceHandlingOption\": \"EC2-VPC-InstanceStore\"}",
            "<stdin>: /ResourceHandlingOption: ResourceHandlingOption is not supported by iamkit simulate (leave it "
                + "out)\n"),
        Arguments.of("{\"ActionNames\": \"s3:GetObject\"}",
            "<stdin>: /ActionNames: expected an array but found a string\n"),
        Arguments.of("[]", "<stdin>: /: expected a JSON object with PolicyInputList, ActionNames...\n"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void simulate_badInput_exitsTwo_namingTheJsonPointer(String input, String message) {
    CliRun run = CliRun.runWithStdin(input, "simulate", "-");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(message);
  }

  @Test
  void simulate_invalidJson_exitsTwo_withLineAndColumn() {
    CliRun run = CliRun.runWithStdin("{\"ActionNames\": [\"s3:GetObject\",]}", "simulate", "-");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).startsWith("<stdin>: /: not valid JSON (line 1, column ");
  }

  @Test
  void simulate_duplicateKey_exitsTwo() {
    CliRun run = CliRun.runWithStdin("{\"ActionNames\": [\"a:b\"], \"ActionNames\": [\"a:c\"]}", "simulate", "-");

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("Duplicate field 'ActionNames'");
  }

  @Test
  void simulate_missingFile_exitsTwo() {
    String missing = dir.resolve("nope.json").toString();

    CliRun run = CliRun.run("simulate", missing);

    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).isEqualTo(missing + ": no such file\n");
  }
}
