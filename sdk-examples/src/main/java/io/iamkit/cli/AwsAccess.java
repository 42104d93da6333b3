package io.iamkit.cli;

import io.iamkit.aws.AccountClients;
import io.iamkit.databricks.DatabricksSetup;
import io.iamkit.policy.AccountId;
import io.iamkit.setupfile.SetupFile;
import io.iamkit.setupfile.SetupFileException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The {@link AccountClients} of every account a set-up file uses: credentials from the standard AWS provider
 * chain, or from the profile its {@code aws} section gives the account's alias; region from that section, else
 * {@code us-east-1}; endpoint from {@code --endpoint}.
 */
final class AwsAccess {
  private AwsAccess() {}

  /**
   * The set-up file at {@code config}, for {@code apply} and {@code verify}; when it cannot be read, null, after
   * printing why to {@code err} (the command then exits with {@link ExitCodes#USAGE}).
   */
  static @Nullable SetupFile readSetupFile(Path config, PrintWriter err) {
    try {
      return SetupFile.read(config);
    } catch (SetupFileException | UncheckedIOException e) {
      err.println(e.getMessage());
      err.flush();
      return null;
    }
  }

  static Map<AccountId, AccountClients> clients(SetupFile file, @Nullable URI endpoint) {
    Map<AccountId, AccountClients> clients = new LinkedHashMap<>();
    for (DatabricksSetup setup : file.setups()) {
      setup.roles().forEach(r -> clients.computeIfAbsent(r.account(), a -> clients(file, a, endpoint)));
      setup.instanceProfiles().forEach(p -> clients.computeIfAbsent(p.account(), a -> clients(file, a, endpoint)));
      setup.bucketPolicies().forEach(b -> clients.computeIfAbsent(b.account(), a -> clients(file, a, endpoint)));
    }
    return clients;
  }

  private static AccountClients clients(SetupFile file, AccountId account, @Nullable URI endpoint) {
    var access = file.aws(account);
    AwsCredentialsProvider credentials = access.flatMap(SetupFile.AwsAccess::profile)
        .<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
        .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    AccountClients.Builder builder = AccountClients.builder().account(account).credentialsProvider(credentials)
        .region(Region.of(access.flatMap(SetupFile.AwsAccess::region).orElse("us-east-1")));
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    return builder.build();
  }
}
