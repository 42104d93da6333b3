package io.iamkit.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.iamkit.policy.Action;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the shipped catalogue to the counts in {@code src/main/resources/io/iamkit/lint/README.md}. */
class ActionCatalogTest {
  private final ActionCatalog catalog = ActionCatalog.get();

  @Test
  void shippedCatalogue_holdsEveryServiceAndActionOfTheSource() {
    assertThat(catalog.services()).hasSize(456);
    assertThat(catalog.actionCount()).isEqualTo(22_091);
    assertThat(catalog.services().stream().flatMap(s -> s.actions.stream()).filter(e -> e.wildcardOnly).count())
        .isEqualTo(6_724);
    assertThat(catalog.arnNamespaceCount()).isEqualTo(369);
  }

  @Test
  void get_readsTheCatalogueOnce() {
    assertThat(ActionCatalog.get()).isSameAs(catalog);
  }

  @Test
  void entries_keepAwsCasingAccessLevelAndWildcardOnly() {
    assertThat(catalog.service("sts").action("AssumeRole")).hasToString("sts:AssumeRole (Write)");
    assertThat(catalog.service("s3").action("ListAllMyBuckets"))
        .hasToString("s3:ListAllMyBuckets (List, wildcard-only)");
    assertThat(catalog.service("iam").action("AttachRolePolicy").accessLevel)
        .isEqualTo(ActionCatalog.AccessLevel.PERMISSIONS_MANAGEMENT);
    assertThat(catalog.service("s3").action("PutObjectTagging").accessLevel)
        .isEqualTo(ActionCatalog.AccessLevel.TAGGING);
  }

  @Test
  void lookups_ignoreCase() {
    assertThat(catalog.service("S3").action("getobject").text()).isEqualTo("s3:GetObject");
    assertThat(catalog.matching(Action.of("IAM:passROLE"))).extracting(ActionCatalog.Entry::text)
        .containsExactly("iam:PassRole");
  }

  @Test
  void matching_expandsPatterns() {
    assertThat(catalog.matching(Action.of("s3:Get*"))).hasSize(63);
    assertThat(catalog.matching(Action.of("s3:*"))).hasSize(180);
    assertThat(catalog.matching(Action.of("sts:AssumeRole*"))).extracting(ActionCatalog.Entry::text)
        .containsExactly("sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity");
    assertThat(catalog.matching(Action.of("s3:NoSuchAction"))).isEmpty();
    assertThat(catalog.matching(Action.of("nosuchservice:Get*"))).isEmpty();
  }

  @Test
  void servicesMatching_expandsWildcardPrefixes() {
    assertThat(catalog.servicesMatching("s3*").stream().map(s -> s.prefix).collect(Collectors.toList()))
        .containsExactlyInAnyOrder("s3", "s3-object-lambda", "s3-outposts", "s3express", "s3files", "s3tables",
            "s3vectors");
  }

  @Test
  void isArnNamespace_knowsTheServicesOfResourceArns() {
    assertThat(catalog.isArnNamespace("s3")).isTrue();
    assertThat(catalog.isArnNamespace("iam")).isTrue();
    assertThat(catalog.isArnNamespace("s4")).isFalse();
  }

  @Test
  void read_parsesTheDocumentedFormat() throws IOException {
    String text = "# comment\n@ s3 iam\n=sts\nAssumeRole W\nGetCallerIdentity R*\n=s3\nListAllMyBuckets L*\n";

    ActionCatalog read = ActionCatalog.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

    assertThat(read.services()).extracting(s -> s.prefix).containsExactly("sts", "s3");
    assertThat(read.service("sts").actions).extracting(ActionCatalog.Entry::toString)
        .containsExactly("sts:AssumeRole (Write)", "sts:GetCallerIdentity (Read, wildcard-only)");
    assertThat(read.isArnNamespace("iam")).isTrue();
    assertThat(read.actionCount()).isEqualTo(3);
  }
}
