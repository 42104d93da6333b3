package io.iamkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Action#of(char[], int, int)} is the JSON reader's way in: it must accept, refuse and explain exactly as
 * {@link Action#of(String)} does, whatever surrounds the range in the buffer.
 */
class ActionFromBufferProperties {
  @Property(tries = 2000)
  void of_rangeOfABuffer_sameOutcomeAsTheString(
      @ForAll("texts") String text, @ForAll("padding") String before, @ForAll("padding") String after) {
    char[] buffer = (before + text + after).toCharArray();
    Throwable expected = catchThrowable(() -> Action.of(text));
    Throwable actual = catchThrowable(() -> Action.of(buffer, before.length(), text.length()));

    if (expected == null) {
      Action action = Action.of(buffer, before.length(), text.length());
      assertThat(actual).isNull();
      assertThat(action.text()).isEqualTo(text);
      assertThat(action).isEqualTo(Action.of(text));
      assertThat(action.service()).isEqualTo(Action.of(text).service());
      assertThat(action.name()).isEqualTo(Action.of(text).name());
    } else {
      assertThat(actual).isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }
  }

  @Example
  void of_star_isAllWithoutANewObject() {
    assertThat(Action.of("x*y".toCharArray(), 1, 1)).isSameAs(Action.ALL);
  }

  @Example
  void of_rangeOutsideTheBuffer_refuses() {
    assertThatThrownBy(() -> Action.of(new char[4], 2, 3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** Mostly action-like text: the allowed characters, colons, and a few that are refused. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aZ09-_.*?:: \"\\é\u0000").ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> padding() {
    return Arbitraries.strings().withChars("a:*\" ").ofMaxLength(3);
  }
}
