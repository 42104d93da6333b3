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
 * <p>This package depends on nothing but the JDK: no JSON library, no AWS SDK.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // Collections.unmodifiableList copies: an empty list allocates nothing, a longer one is copied once (List.copyOf
    // copies a builder's ArrayList twice): reading a managed policy allocates about 700 bytes less.
    jdk9Collections = false,
    clearBuilder = true,
    unsafeDefaultAndDerived = true,
    depluralize = true,
    throwForInvalidImmutableState = PolicyValidationException.class,
    defaults = @Value.Immutable(copy = true))
package io.iamkit.policy;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
