package io.iamkit.aws;

import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyWriter;
import java.util.Objects;
import software.amazon.awssdk.services.iam.model.Tag;

/** Makes one {@link Change}: one AWS write call, retried. */
final class ChangeWriter {
  private static final PolicyWriter WRITER = PolicyWriter.compact();

  private final Clients clients;
  private final Retrier retrier;

  ChangeWriter(Clients clients, Retrier retrier) {
    this.clients = clients;
    this.retrier = retrier;
  }

  void write(Change change) {
    String name = change.targetName();
    Tag managed = Tag.builder().key(Applier.MANAGED_BY_KEY).value(Applier.MANAGED_BY_VALUE).build();
    switch (change.type()) {
      case CREATE_ROLE:
        try {
          call(change, "CreateRole", () -> clients.iam.createRole(r -> r.roleName(name).path("/")
              .assumeRolePolicyDocument(json(change)).tags(managed)));
        } catch (AwsApplyException e) {
          // An attempt that failed with a 5xx may still have created the role; it is ours if it bears our tag.
          if (!(alreadyExists(e) && clients.iam.listRoleTags(r -> r.roleName(name)).tags().contains(managed))) {
            throw e;
          }
        }
        break;
      case TAG_ROLE:
        call(change, "TagRole", () -> clients.iam.tagRole(r -> r.roleName(name).tags(managed)));
        break;
      case UPDATE_TRUST_POLICY:
        call(change, "UpdateAssumeRolePolicy",
            () -> clients.iam.updateAssumeRolePolicy(r -> r.roleName(name).policyDocument(json(change))));
        break;
      case PUT_ROLE_POLICY:
        call(change, "PutRolePolicy", () -> clients.iam.putRolePolicy(
            r -> r.roleName(name).policyName(Objects.requireNonNull(change.name())).policyDocument(json(change))));
        break;
      case CREATE_INSTANCE_PROFILE:
        try {
          call(change, "CreateInstanceProfile",
              () -> clients.iam.createInstanceProfile(r -> r.instanceProfileName(name).path("/")));
        } catch (AwsApplyException e) {
          if (!alreadyExists(e)) { // an earlier attempt, failed with a 5xx, created it
            throw e;
          }
        }
        break;
      case ADD_ROLE_TO_INSTANCE_PROFILE:
        call(change, "AddRoleToInstanceProfile", () -> clients.iam.addRoleToInstanceProfile(
            r -> r.instanceProfileName(name).roleName(Objects.requireNonNull(change.name()))));
        break;
      case PUT_BUCKET_POLICY:
        call(change, "PutBucketPolicy",
            () -> clients.s3.putBucketPolicy(r -> r.bucket(name).policy(json(change))));
        break;
      default:
        throw new IllegalStateException("unknown change type: " + change.type());
    }
  }

  /** Whether a create failed because an earlier attempt of the same call made the entity after all. */
  private static boolean alreadyExists(AwsApplyException e) {
    return e.attempts() > 1 && e.errorCode().map("EntityAlreadyExists"::equals).orElse(false);
  }

  private void call(Change change, String operation, Runnable call) {
    retrier.call(operation, change.target(), change.account(), true, () -> {
      call.run();
      return Boolean.TRUE;
    });
  }

  private static String json(Change change) {
    PolicyDocument document = change.document().orElseThrow(
        () -> new IllegalStateException(change.type() + " without a document"));
    return WRITER.write(document);
  }
}
