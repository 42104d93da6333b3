package io.iamkit.policy.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random input, arbitrary or a real policy with random edits: reading it either gives a document that writes back
 * and reads back equal, or throws a {@link PolicyParseException}; nothing else, no {@link StackOverflowError}.
 */
class HostileInputProperties {
  @Property(tries = 300)
  void read_anyString_readsOrThrowsPolicyParseException(@ForAll String text) {
    HostileInputTest.assertReadsOrRefusesTyped(text);
  }

  @Property(tries = 300)
  void read_anyBytes_readsOrThrowsPolicyParseException(@ForAll byte[] bytes) {
    HostileInputTest.assertReadsOrRefusesTyped(bytes);
  }

  @Property(tries = 500)
  void read_realPolicyWithARandomEdit_readsOrThrowsPolicyParseException(@ForAll("edited") String text) {
    HostileInputTest.assertReadsOrRefusesTyped(text);
    HostileInputTest.assertReadsOrRefusesTyped(text.getBytes(UTF_8));
  }

  @Property(tries = 200)
  void read_realPolicyWithRandomBytes_readsOrThrowsPolicyParseException(@ForAll("editedBytes") byte[] bytes) {
    HostileInputTest.assertReadsOrRefusesTyped(bytes);
  }

  /** One of the real policies with a stretch replaced by JSON-ish noise. */
  @Provide
  Arbitrary<String> edited() {
    Arbitrary<String> base = Arbitraries.of(HostileInputTest.POLICY, HostileInputTest.LITERALS);
    Arbitrary<String> noise = Arbitraries.oneOf(
        Arbitraries.strings().withChars("{}[]\":,\\ \n0123456789.eE+-truefalsn*%u").ofMaxLength(12),
        Arbitraries.of("\\u0000", "\\ud800", "\u0000", "\ud800", "\"Actions\":", "[", "{", "\"", "1e999999",
            "-0", "%7B", "null", "\"Sid\":\"a-b\","));
    return Combinators.combine(base, Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 8), noise)
        .as((policy, where, cut, insert) -> {
          int at = (int) (where * policy.length());
          return policy.substring(0, at) + insert + policy.substring(Math.min(policy.length(), at + cut));
        });
  }

  /** A real policy's UTF-8 bytes with a few overwritten by random bytes. */
  @Provide
  Arbitrary<byte[]> editedBytes() {
    byte[] valid = HostileInputTest.LITERALS.getBytes(UTF_8);
    return Combinators.combine(
            Arbitraries.integers().between(0, valid.length - 1).list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.bytes().list().ofSize(4))
        .as((positions, values) -> {
          byte[] bytes = valid.clone();
          for (int i = 0; i < positions.size(); i++) {
            bytes[positions.get(i)] = values.get(i);
          }
          return bytes;
        });
  }
}
