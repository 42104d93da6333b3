package io.iamkit.policy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.iamkit.policy.IamkitException;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.PolicyValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads IAM policy documents from JSON.
 *
 * <pre>{@code
 * PolicyDocument policy = PolicyReader.strict().read(json);
 * ReadResult result = PolicyReader.lenient().readWithWarnings(json);   // keeps unknown keys, reports them
 * }</pre>
 *
 * <p>A {@linkplain #strict() strict} reader (the one to use) refuses unknown keys, so that a typo such as
 * {@code Actions} never becomes a statement without actions; a {@linkplain #lenient() lenient} one keeps them in
 * the model's {@code extensions()}, writes them back, and reports each as a {@link ParseWarning}. Both refuse
 * malformed JSON, values of the wrong JSON type and anything the model refuses, with a
 * {@link PolicyParseException} that gives the line, column and JSON pointer.
 *
 * <p>Input that starts with {@code %} is taken as the URL-encoded document that IAM's {@code GetRole},
 * {@code GetRolePolicy} and {@code GetPolicyVersion} return (RFC 3986 percent-encoding, so {@code +} stays a plus)
 * and decoded first; positions in errors then refer to the decoded document.
 *
 * <p>Input is bounded by {@link ReadLimits}; no input makes a reader throw anything but an
 * {@link IamkitException}. Readers are immutable and thread-safe.
 */
public final class PolicyReader {
  /** The factory for generators that copy unknown members, and for the default limits. */
  static final JsonFactory JSON = factory(ReadLimits.defaults());

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private static final PolicyReader STRICT = new PolicyReader(false, ReadLimits.defaults(), JSON);
  private static final PolicyReader LENIENT = new PolicyReader(true, ReadLimits.defaults(), JSON);

  private final boolean lenient;
  private final ReadLimits limits;
  private final JsonFactory factory;

  private PolicyReader(boolean lenient, ReadLimits limits, JsonFactory factory) {
    this.lenient = lenient;
    this.limits = limits;
    this.factory = factory;
  }

  /** Returns the strict reader with the default limits: unknown keys are errors. */
  public static PolicyReader strict() {
    return STRICT;
  }

  /** Returns the lenient reader with the default limits: unknown keys are kept and reported. */
  public static PolicyReader lenient() {
    return LENIENT;
  }

  /** Returns a reader like this one with other limits. */
  public PolicyReader withLimits(ReadLimits newLimits) {
    Objects.requireNonNull(newLimits, "limits == null");
    return new PolicyReader(lenient, newLimits, factory(newLimits));
  }

  /** Whether this reader keeps unknown keys instead of failing. */
  public boolean isLenient() {
    return lenient;
  }

  /** The limits of this reader. */
  public ReadLimits limits() {
    return limits;
  }

  private static JsonFactory factory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .build())
        .build();
  }

  /**
   * Reads a policy document from {@code json}.
   *
   * @throws PolicyParseException if it is not a valid policy document
   */
  public PolicyDocument read(String json) {
    return readWithWarnings(json).document();
  }

  /** Reads a policy document from UTF-8 {@code json}. */
  public PolicyDocument read(byte[] json) {
    return readWithWarnings(json).document();
  }

  /** Reads a policy document from {@code json}, which is read to its end but not closed. */
  public PolicyDocument read(Reader json) {
    return readWithWarnings(json).document();
  }

  /** Reads a policy document from UTF-8 {@code json}, which is read to its end but not closed. */
  public PolicyDocument read(InputStream json) {
    return readWithWarnings(json).document();
  }

  /** Reads a policy document and the warnings of a lenient reader. */
  public ReadResult readWithWarnings(String json) {
    checkLength(json.length());
    String text = isUrlEncoded(json) ? urlDecode(json) : json;
    try (JsonParser parser = factory.createParser(text)) {
      return parse(parser);
    } catch (IOException e) {
      throw inputError(e);
    }
  }

  /** Reads a policy document from UTF-8 bytes, with the warnings of a lenient reader. */
  public ReadResult readWithWarnings(byte[] json) {
    checkLength(json.length);
    checkNoOverlongUtf8(json);
    if (isUrlEncoded(json)) {
      return readWithWarnings(new String(json, StandardCharsets.UTF_8));
    }
    try (JsonParser parser = factory.createParser(json)) {
      return parse(parser);
    } catch (IOException e) {
      throw inputError(e);
    }
  }

  /** Reads a policy document from a Reader, with the warnings of a lenient reader. */
  public ReadResult readWithWarnings(Reader json) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = json.read(buffer)) >= 0; ) {
        text.append(buffer, 0, n);
        checkLength(text.length());
      }
    } catch (IOException e) {
      throw inputError(e);
    }
    return readWithWarnings(text.toString());
  }

  /** Reads a policy document from a UTF-8 InputStream, with the warnings of a lenient reader. */
  public ReadResult readWithWarnings(InputStream json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = json.read(buffer)) >= 0; ) {
        bytes.write(buffer, 0, n);
        checkLength(bytes.size());
      }
    } catch (IOException e) {
      throw inputError(e);
    }
    return readWithWarnings(bytes.toByteArray());
  }

  private ReadResult parse(JsonParser parser) throws IOException {
    DocumentParser reader = DocumentParser.acquire(parser, lenient);
    try {
      PolicyDocument document = reader.readWholeInput();
      return new ReadResult(document, reader.warnings());
    } catch (PolicyValidationException e) {
      throw reader.error(Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    } catch (JsonProcessingException e) {
      throw jsonError(e, reader);
    } catch (IamkitException e) {
      throw e;
    } catch (RuntimeException e) {
      throw reader.error("Unexpected failure while reading the policy: " + e, e);
    } finally {
      reader.release();
    }
  }

  /** Reads the document at the parser's current token, for the Jackson databind module. */
  static PolicyDocument readCurrent(JsonParser parser) throws IOException {
    DocumentParser reader = DocumentParser.acquire(parser, false);
    try {
      return reader.readDocument();
    } catch (PolicyValidationException e) {
      throw reader.error(Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    } finally {
      reader.release();
    }
  }

  private static PolicyParseException jsonError(JsonProcessingException e, DocumentParser reader) {
    JsonLocation location = e.getLocation();
    String reason = describe(e);
    String pointer = reader.pointer(true);
    if (location == null) {
      return new PolicyParseException(reason, pointer, 0, 0, e);
    }
    return new PolicyParseException(reason, pointer, location.getLineNr(), location.getColumnNr(), e);
  }

  /**
   * Jackson's message, as {@code Invalid JSON: ...}, or for an input over one of the {@link ReadLimits} as
   * {@code Input over a read limit: ...} without Jackson's internal method names.
   */
  private static String describe(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return "Input over a read limit: " + message.replaceAll(", from `[^`]*`", "");
    }
    return "Invalid JSON: " + message;
  }

  private static PolicyParseException inputError(IOException e) {
    if (e instanceof JsonProcessingException) {
      JsonLocation location = ((JsonProcessingException) e).getLocation();
      String reason = describe((JsonProcessingException) e);
      return location == null
          ? new PolicyParseException(reason, "", 0, 0, e)
          : new PolicyParseException(reason, "", location.getLineNr(), location.getColumnNr(), e);
    }
    return new PolicyParseException("Could not read the input: " + e.getMessage(), "", 0, 0, e);
  }

  private void checkLength(int length) {
    if (length > limits.maxDocumentLength()) {
      throw new PolicyParseException(
          "The document is longer than the limit of " + limits.maxDocumentLength() + " characters", "", 0, 0);
    }
  }

  /**
   * Refuses the UTF-8 sequences that Jackson decodes instead of refusing: overlong encodings ({@code C0 AA} would be
   * read as {@code *}) and lead bytes of code points above U+10FFFF. Jackson refuses every other malformed sequence.
   */
  static void checkNoOverlongUtf8(byte[] json) {
    int i = 0;
    // ASCII, eight bytes at a time: policies are almost all ASCII, so this is nearly the whole scan.
    // Four words per step: one test for 32 bytes.
    for (int end = json.length - 31; i < end; i += 32) {
      long any = (long) LONGS.get(json, i) | (long) LONGS.get(json, i + 8)
          | (long) LONGS.get(json, i + 16) | (long) LONGS.get(json, i + 24);
      if ((any & 0x8080808080808080L) != 0) {
        break;
      }
    }
    for (; i < json.length; i++) {
      if (json[i] >= 0) {
        continue;
      }
      int lead = json[i] & 0xff;
      int next = i + 1 < json.length ? json[i + 1] & 0xff : 0;
      boolean continued = next >= 0x80 && next <= 0xbf;
      boolean refused = lead == 0xc0 || lead == 0xc1 || (lead >= 0xf5 && lead <= 0xf7)
          || (continued && lead == 0xe0 && next < 0xa0)
          || (continued && lead == 0xf0 && next < 0x90)
          || (continued && lead == 0xf4 && next > 0x8f);
      if (refused) {
        int line = 1;
        int column = 1;
        for (int j = 0; j < i; j++) {
          if (json[j] == '\n') {
            line++;
            column = 1;
          } else if ((json[j] & 0xc0) != 0x80) {
            column++;
          }
        }
        throw new PolicyParseException(
            String.format("Invalid UTF-8: byte 0x%02x starts an overlong or out-of-range sequence", lead),
            "", line, column);
      }
    }
  }

  private static boolean isUrlEncoded(String json) {
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '%';
      }
    }
    return false;
  }

  private static boolean isUrlEncoded(byte[] json) {
    for (byte b : json) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b == '%';
      }
    }
    return false;
  }

  /**
   * Decodes a URL-encoded policy as IAM returns it. IAM encodes per RFC 3986, where {@code +} is a plus, not a
   * space (it would be {@code %20}); {@link URLDecoder} decodes HTML forms, so pluses are protected first.
   */
  static String urlDecode(String encoded) {
    try {
      return URLDecoder.decode(encoded.strip().replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new PolicyParseException("Invalid URL-encoded policy: " + e.getMessage(), "", 0, 0, e);
    }
  }
}
