/**
 * The typed, immutable model of an AWS IAM policy document: {@link io.iamkit.policy.PolicyDocument},
 * {@link io.iamkit.policy.Statement}, {@link io.iamkit.policy.Principal},
 * {@link io.iamkit.policy.Condition} and the value types they are made of ({@link io.iamkit.policy.Action},
 * {@link io.iamkit.policy.Resource}, {@link io.iamkit.policy.Arn}, {@link io.iamkit.policy.AccountId},
 * {@link io.iamkit.policy.ExternalId}).
 *
 * <p>Every value is immutable and checked when it is built: the builders refuse what IAM refuses (both
 * {@code Action} and {@code NotAction}, duplicate {@code Sid}s, an account ID that is not 12 digits) with a
 * {@link io.iamkit.policy.PolicyValidationException} that names the element, the field and the value.
 * Equality is semantic: two values that differ only in how their JSON was written (a scalar or a one-element
 * array, {@code "Principal": "*"} or {@code {"AWS": "*"}}, {@code true} or {@code "true"}) are equal, while
 * that form is kept on the side ({@link io.iamkit.policy.ValueForm}, {@code keyOrder()}) so that JSON read by
 * {@code io.iamkit.policy.json} is written back exactly as it came.
 *
 * <p>Every list the model hands out is unmodifiable and holds no null; like the JDK's {@code List.of} lists it
 * is made with, it throws {@link NullPointerException} when asked whether it {@code contains(null)}.
 *
 * <p>This package depends on nothing but the JDK: no JSON library, no AWS SDK.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // List.copyOf: every list of the model is one of two JDK classes (List12, ListN), so code that reads the lists,
    // the writer above all, makes bimorphic, inlined calls; Collections.unmodifiableList would make three (empty,
    // singleton, wrapper), a megamorphic call per list access and one more indirection. Writing the managed
    // policies takes about a quarter less time; reading them allocates about 700 bytes more per document on JDK 17
    // (List.copyOf copies a builder's ArrayList twice, and an empty one once). benchmarks/README.md has the figures.
    jdk9Collections = true,
    clearBuilder = true,
    unsafeDefaultAndDerived = true,
    depluralize = true,
    throwForInvalidImmutableState = PolicyValidationException.class,
    defaults = @Value.Immutable(copy = true))
package io.iamkit.policy;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
