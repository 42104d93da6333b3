package io.iamkit.policy.json;

import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A string value that the model has already restricted to printable ASCII without {@code "} or {@code \}, handed
 * to Jackson's {@code writeString(SerializableString)}: its escaped form is the text itself, so the generator copies
 * it in one step instead of scanning it for characters to escape. One instance serves value after value of one
 * document ({@link #of}); only generators that copy it at once may be given it, never one that keeps it.
 */
final class UnescapedText implements SerializableString {
  private String text = "";

  /** Returns this instance holding {@code safeText}, which must need no JSON escaping. */
  UnescapedText of(String safeText) {
    text = safeText;
    return this;
  }

  @Override
  public String getValue() {
    return text;
  }

  @Override
  public int charLength() {
    return text.length();
  }

  @Override
  public char[] asQuotedChars() {
    return text.toCharArray();
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public byte[] asQuotedUTF8() {
    return asUnquotedUTF8();
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return appendUnquoted(buffer, offset);
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    int length = text.length();
    if (offset + length > buffer.length) {
      return -1;
    }
    text.getChars(0, length, buffer, offset);
    return length;
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return appendUnquotedUTF8(buffer, offset);
  }

  @Override
  @SuppressWarnings("deprecation") // the ASCII copy this needs: one byte per char, no encoder, no allocation
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    int length = text.length();
    if (offset + length > buffer.length) {
      return -1;
    }
    text.getBytes(0, length, buffer, offset);
    return length;
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    return writeUnquotedUTF8(out);
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    byte[] bytes = asUnquotedUTF8();
    out.write(bytes);
    return bytes.length;
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    return putUnquotedUTF8(buffer);
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    byte[] bytes = asUnquotedUTF8();
    if (bytes.length > buffer.remaining()) {
      return -1;
    }
    buffer.put(bytes);
    return bytes.length;
  }

  @Override
  public String toString() {
    return text;
  }
}
