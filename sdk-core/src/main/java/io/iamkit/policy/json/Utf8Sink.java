package io.iamkit.policy.json;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the UTF-8 that a generator writes into one String. The generator hands over its buffer when it is full and
 * when it closes, so most documents arrive in one piece. Each all-ASCII piece is decoded straight from the
 * generator's buffer (one copy) and the pieces are joined once at the end; as soon as a piece holds anything else,
 * the bytes are gathered instead and decoded together, so that no multi-byte character is cut between pieces.
 */
final class Utf8Sink extends OutputStream {
  /** The first piece while every piece is ASCII; most documents have no other. */
  private @Nullable String first;
  /** The pieces after the first while every piece is ASCII. */
  private @Nullable List<String> more;
  /** All bytes, once a piece was not ASCII. */
  private @Nullable ByteArrayOutputStream bytes;

  @Override
  public void write(byte[] buffer, int offset, int length) {
    if (bytes == null) {
      String piece = new String(buffer, offset, length, StandardCharsets.UTF_8);
      if (piece.length() == length) {
        if (first == null) {
          first = piece;
        } else {
          if (more == null) {
            more = new ArrayList<>();
          }
          more.add(piece);
        }
        return;
      }
    }
    bytes().write(buffer, offset, length);
  }

  @Override
  public void write(int b) {
    bytes().write(b);
  }

  private ByteArrayOutputStream bytes() {
    ByteArrayOutputStream gathered = bytes;
    if (gathered == null) {
      gathered = bytes = new ByteArrayOutputStream();
      gathered.writeBytes(text().getBytes(StandardCharsets.US_ASCII));
      first = null;
      more = null;
    }
    return gathered;
  }

  /** Returns everything written, decoded. */
  String text() {
    if (bytes != null) {
      return bytes.toString(StandardCharsets.UTF_8);
    }
    if (first == null) {
      return "";
    }
    if (more == null) {
      return first;
    }
    String[] pieces = new String[1 + more.size()];
    pieces[0] = first;
    for (int i = 1; i < pieces.length; i++) {
      pieces[i] = more.get(i - 1);
    }
    return String.join("", pieces);
  }
}
