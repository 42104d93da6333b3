package io.iamkit.policy.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.iamkit.policy.PolicyDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes IAM policy documents as JSON, exactly as they were read or as they were built.
 *
 * <pre>{@code
 * String pretty = PolicyWriter.pretty().write(policy);    // 2-space indent, "key": value, like the AWS docs
 * String compact = PolicyWriter.compact().write(policy);  // no whitespace at all
 * }</pre>
 *
 * <p>Elements come in the order recorded when the document was read; a document built in code is written in the
 * order AWS documents: {@code Version, Id, Statement} and {@code Sid, Effect, Principal, NotPrincipal, Action,
 * NotAction, Resource, NotResource, Condition}. Values keep their {@link io.iamkit.policy.ValueForm}. Pretty
 * output has no trailing newline. Writers are immutable and thread-safe.
 */
public final class PolicyWriter {
  private static final DefaultPrettyPrinter PRETTY_PRINTER =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final JsonFactory JSON = new JsonFactory();
  /**
   * For {@link #write(PolicyDocument)}: writes a supplementary character as its four UTF-8 bytes, which decode to
   * the surrogate pair the char-based generator writes, not as two {@code \\u} escapes.
   */
  private static final JsonFactory JSON_TEXT_AS_UTF8 =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  private static final PolicyWriter PRETTY = new PolicyWriter(true);
  private static final PolicyWriter COMPACT = new PolicyWriter(false);

  private final boolean pretty;

  private PolicyWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /** Returns the writer of indented JSON: two spaces, {@code "key": value}, one array entry per line. */
  public static PolicyWriter pretty() {
    return PRETTY;
  }

  /** Returns the writer of JSON without any whitespace. */
  public static PolicyWriter compact() {
    return COMPACT;
  }

  /** Returns the document as JSON text. */
  public String write(PolicyDocument document) {
    // Through the UTF-8 generator, which copies the model-checked strings byte for byte where the char-based one
    // widens them to chars for the String to narrow them back, then decoded at once.
    // Not through emit(): the extra call level and its lambda made this, the hot path, measurably slower.
    Utf8Sink utf8 = new Utf8Sink();
    try (JsonGenerator generator = configure(JSON_TEXT_AS_UTF8.createGenerator(utf8, JsonEncoding.UTF8))) {
      DocumentEmitter.writeDocument(generator, document, new UnescapedText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = utf8.text();
    if (text.contains("\\uD")) {
      // Maybe a lone surrogate, which UTF-8 cannot hold: the UTF-8 generator escaped it where the char-based one
      // keeps it as it is. Rare (and "\\uD" may be text), so written again the way it always was.
      SegmentedStringWriter chars = new SegmentedStringWriter(JSON._getBufferRecycler());
      write(document, chars);
      try {
        return chars.getAndClear();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text;
  }

  /** Returns the document as UTF-8 JSON. */
  public byte[] writeBytes(PolicyDocument document) {
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(JSON._getBufferRecycler())) {
      write(document, bytes);
      return bytes.toByteArray();
    }
  }

  /**
   * Writes the document to {@code out}, which is flushed but not closed.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(PolicyDocument document, Writer out) {
    emit(document, () -> JSON.createGenerator(out));
  }

  /**
   * Writes the document as UTF-8 to {@code out}, which is flushed but not closed.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(PolicyDocument document, OutputStream out) {
    emit(document, () -> JSON.createGenerator(out, JsonEncoding.UTF8));
  }

  /** Opens a generator of JSON text, which copies string values at once. */
  private interface Target {
    JsonGenerator open() throws IOException;
  }

  /** Writes the document to a generator of this writer's own, opened on {@code target}, and closes it. */
  private void emit(PolicyDocument document, Target target) {
    try (JsonGenerator generator = configure(target.open())) {
      DocumentEmitter.writeDocument(generator, document, new UnescapedText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonGenerator configure(JsonGenerator generator) {
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      generator.setPrettyPrinter(PRETTY_PRINTER.createInstance());
    }
    return generator;
  }

  /** Writes the document to a generator the caller owns, for the Jackson databind module. */
  static void writeTo(JsonGenerator generator, PolicyDocument document) throws IOException {
    // Any generator, maybe one that keeps the values it is given (a TokenBuffer): plain Strings only.
    DocumentEmitter.writeDocument(generator, document, null);
  }

  @Override
  public String toString() {
    return pretty ? "PolicyWriter.pretty()" : "PolicyWriter.compact()";
  }
}
