package io.iamkit.policy;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a list of values is written in JSON: as a bare scalar when it holds one value or always as an array, and
 * which of its values are JSON numbers or booleans rather than strings ({@code true} in
 * {@code "Bool": {"aws:SecureTransport": true}}, an account ID written without quotes).
 *
 * <p>A form is never part of equality: {@code "Action": "s3:GetObject"} and {@code "Action": ["s3:GetObject"]}
 * make equal statements. It exists so that a document read from JSON is written back exactly as it came, and so
 * that a preset can print a one-element array where the documentation prints one.
 */
public final class ValueForm {
  /** One value as a scalar, several as an array; every value a string. The default for new values. */
  public static final ValueForm SCALAR_IF_SINGLE = new ValueForm(false, null);
  /** Always an array, even of one value; every value a string. */
  public static final ValueForm ARRAY = new ValueForm(true, null);

  /** The JSON type in which a value is written. */
  public enum Literal {
    STRING,
    NUMBER,
    BOOLEAN
  }

  private static final Literal[] LITERALS = Literal.values();

  private final boolean array;
  private final byte @Nullable [] literals;

  private ValueForm(boolean array, byte @Nullable [] literals) {
    this.array = array;
    this.literals = literals;
  }

  /**
   * Returns the form with the given array flag and the JSON type of each value, in order. Values past the end of
   * {@code literals} are strings, so trailing {@link Literal#STRING}s are dropped and forms that write the same
   * JSON are equal.
   */
  public static ValueForm of(boolean array, List<Literal> literals) {
    int size = literals.size();
    while (size > 0 && literals.get(size - 1) == Literal.STRING) {
      size--;
    }
    if (size == 0) {
      return array ? ARRAY : SCALAR_IF_SINGLE;
    }
    byte[] codes = new byte[size];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = (byte) literals.get(i).ordinal();
    }
    return new ValueForm(array, codes);
  }

  /** Whether the values are written as an array even when there is only one. */
  public boolean isArray() {
    return array;
  }

  /** Whether a list of {@code size} values is written as an array in this form. */
  public boolean writesArray(int size) {
    return array || size != 1;
  }

  /** The JSON type of the value at {@code index}. */
  public Literal literal(int index) {
    return literals == null || index >= literals.length ? Literal.STRING : LITERALS[literals[index]];
  }

  /** Whether every value is written as a JSON string. */
  public boolean allStrings() {
    return literals == null;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ValueForm)) {
      return false;
    }
    ValueForm that = (ValueForm) other;
    return array == that.array && Arrays.equals(literals, that.literals);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(array) * 31 + Arrays.hashCode(literals);
  }

  @Override
  public String toString() {
    if (literals == null) {
      return array ? "ARRAY" : "SCALAR_IF_SINGLE";
    }
    StringBuilder text = new StringBuilder(array ? "ARRAY" : "SCALAR_IF_SINGLE").append('[');
    for (int i = 0; i < literals.length; i++) {
      text.append(i == 0 ? "" : ", ").append(LITERALS[literals[i]]);
    }
    return text.append(']').toString();
  }
}
