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
  /** The pieces so far while all of them are ASCII; null once bytes are gathered instead. */
  private @Nullable List<String> ascii = new ArrayList<>(1);
  private @Nullable ByteArrayOutputStream bytes;

  @Override
  public void write(byte[] buffer, int offset, int length) {
    if (ascii != null) {
      String piece = new String(buffer, offset, length, StandardCharsets.UTF_8);
      if (piece.length() == length) {
        ascii.add(piece);
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
      List<String> pieces = ascii;
      for (int i = 0; pieces != null && i < pieces.size(); i++) {
        gathered.writeBytes(pieces.get(i).getBytes(StandardCharsets.US_ASCII));
      }
      ascii = null;
    }
    return gathered;
  }

  /** Returns everything written, decoded. */
  String text() {
    List<String> pieces = ascii;
    if (pieces == null) {
      return bytes().toString(StandardCharsets.UTF_8);
    }
    return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
  }
}
