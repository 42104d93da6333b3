package io.iamkit.eval;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Parsers for typed condition values (rule 4, "Numeric", "Date", "Bool", "BinaryEquals", "IpAddress"). Each
 * returns null for text it does not understand; the caller then fails closed.
 */
final class Values {
  private Values() {}

  /** An integer or decimal, optionally signed, optionally with an exponent; null otherwise. */
  static @Nullable BigDecimal number(String text) {
    if (text.isEmpty() || text.length() > 100) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return null;
      }
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * A date in one of the W3C profile forms of ISO 8601 ({@code YYYY-MM}, {@code YYYY-MM-DD},
   * {@code YYYY-MM-DDThh:mmTZD}, {@code YYYY-MM-DDThh:mm:ssTZD}, {@code YYYY-MM-DDThh:mm:ss.sTZD}), or epoch seconds
   * (digits only). A date without a time is midnight UTC, a month its first day. A date-time without a time zone is
   * not understood (null): W3C requires one. Digits alone are always epoch seconds, so the W3C form {@code YYYY}
   * reads as a second in 1970; no policy in the AWS managed corpus writes a bare year.
   */
  static @Nullable Instant date(String text) {
    if (text.isEmpty() || text.length() > 64) {
      return null;
    }
    boolean digits = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      digits &= c >= '0' && c <= '9';
    }
    try {
      if (digits) {
        return text.length() > 12 ? null : Instant.ofEpochSecond(Long.parseLong(text));
      }
      if (text.length() == 7 && text.charAt(4) == '-') {
        return java.time.YearMonth.parse(text).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      if (text.indexOf('T') < 0) {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** {@code true} or {@code false} in any case; null otherwise. */
  static @Nullable Boolean bool(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    return null;
  }

  /** Base64 bytes; null if the text is not base64. */
  static byte @Nullable [] binary(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** An IPv4 (4 bytes) or IPv6 (16 bytes) address; null otherwise. Never looks anything up. */
  static byte @Nullable [] ip(String text) {
    return text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text, 0, text.length());
  }

  /**
   * A CIDR block or a bare address (a bare address is {@code /32} or {@code /128}, OPS line 226), as the address
   * bytes followed by one byte holding the prefix length; null otherwise.
   */
  static byte @Nullable [] cidr(String text) {
    int slash = text.indexOf('/');
    byte[] address = ip(slash < 0 ? text : text.substring(0, slash));
    if (address == null) {
      return null;
    }
    int bits = address.length * 8;
    if (slash >= 0) {
      String prefix = text.substring(slash + 1);
      if (prefix.isEmpty() || prefix.length() > 3) {
        return null;
      }
      bits = 0;
      for (int i = 0; i < prefix.length(); i++) {
        char c = prefix.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        bits = bits * 10 + (c - '0');
      }
      if (bits > address.length * 8) {
        return null;
      }
    }
    byte[] block = new byte[address.length + 1];
    System.arraycopy(address, 0, block, 0, address.length);
    block[address.length] = (byte) bits;
    return block;
  }

  /** Whether {@code address} lies in {@code block} (from {@link #cidr}); addresses of another family never do. */
  static boolean inCidr(byte[] block, byte[] address) {
    if (block.length != address.length + 1) {
      return false;
    }
    int bits = block[address.length] & 0xff;
    for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
      int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
      if ((block[i] & mask) != (address[i] & mask)) {
        return false;
      }
    }
    return true;
  }

  private static byte @Nullable [] ipv4(String text, int from, int to) {
    byte[] bytes = new byte[4];
    int part = 0;
    int value = -1;
    int digits = 0;
    for (int i = from; i <= to; i++) {
      char c = i == to ? '.' : text.charAt(i);
      if (c == '.') {
        if (value < 0 || part >= 4) {
          return null;
        }
        bytes[part++] = (byte) value;
        value = -1;
        digits = 0;
      } else if (c >= '0' && c <= '9') {
        if (digits > 0 && value == 0) {
          return null; // no leading zeros: 010 is ambiguous (octal in some parsers)
        }
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (++digits > 3 || value > 255) {
          return null;
        }
      } else {
        return null;
      }
    }
    return part == 4 ? bytes : null;
  }

  private static byte @Nullable [] ipv6(String text) {
    byte[] bytes = new byte[16];
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      return null;
    }
    String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
    String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
    if (doubleColon >= 0 && head.indexOf('.') >= 0) {
      return null;
    }
    int[] headGroups = groups(head);
    int[] tailGroups = groups(tail);
    if (headGroups == null || tailGroups == null) {
      return null;
    }
    int total = headGroups.length + tailGroups.length;
    if (doubleColon < 0 ? total != 8 : total > 7) {
      return null;
    }
    for (int i = 0; i < headGroups.length; i++) {
      bytes[2 * i] = (byte) (headGroups[i] >> 8);
      bytes[2 * i + 1] = (byte) headGroups[i];
    }
    int offset = 8 - tailGroups.length;
    for (int i = 0; i < tailGroups.length; i++) {
      bytes[2 * (offset + i)] = (byte) (tailGroups[i] >> 8);
      bytes[2 * (offset + i) + 1] = (byte) tailGroups[i];
    }
    return bytes;
  }

  /** The 16-bit groups of a part of an IPv6 address; an IPv4 tail counts as two groups. */
  private static int @Nullable [] groups(String part) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] pieces = part.split(":", -1);
    boolean ipv4Tail = pieces[pieces.length - 1].indexOf('.') >= 0;
    int[] result = new int[pieces.length + (ipv4Tail ? 1 : 0)];
    for (int i = 0; i < pieces.length; i++) {
      String piece = pieces[i];
      if (i == pieces.length - 1 && ipv4Tail) {
        byte[] v4 = ipv4(piece, 0, piece.length());
        if (v4 == null) {
          return null;
        }
        result[i] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
        result[i + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
        continue;
      }
      if (piece.isEmpty() || piece.length() > 4) {
        return null;
      }
      int value = 0;
      for (int j = 0; j < piece.length(); j++) {
        int digit = Character.digit(piece.charAt(j), 16);
        if (digit < 0) {
          return null;
        }
        value = value * 16 + digit;
      }
      result[i] = value;
    }
    return result;
  }
}
