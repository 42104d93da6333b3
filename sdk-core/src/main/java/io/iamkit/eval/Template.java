package io.iamkit.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A text holding policy variables, {@code home/${aws:username}/*} (rule 4, "Policy variables"): compiled once,
 * resolved against each request. Only used under {@code "Version": "2012-10-17"}; under {@code 2008-10-17} or
 * without a Version the text is literal (VARS line 87).
 *
 * <ul>
 *   <li>Variable names are case-insensitive; a variable takes the value of the single-valued context key of that
 *       name, the keys derived from the caller included.
 *   <li>{@code ${aws:username, 'guest'}} takes {@code guest} when the key is absent (VARS line 305).
 *   <li>{@code ${*}}, {@code ${?}} and {@code ${$}} are the literal characters (VARS lines 296-299).
 *   <li>A substituted value is literal text: a {@code *} in it is not a wildcard.
 *   <li>A variable whose key is absent (without default) or multi-valued (VARS lines 55-56: multi-valued keys
 *       cannot be variables) is unresolved: {@link #resolve} returns null, and the caller decides (no match).
 *   <li>A {@code ${} without a closing brace or with a default not in single quotes is malformed: iamkit does
 *       not guess what AWS makes of it and fails closed ({@link #malformed}).
 * </ul>
 */
final class Template {
  /** Text with literal markers after resolution. */
  static final class Resolved {
    final String text;
    final boolean[] literal;

    Resolved(String text, boolean[] literal) {
      this.text = text;
      this.literal = literal;
    }
  }

  final String source;
  final boolean malformed;
  /** Literal text before each variable; one more than {@link #keys}. */
  private final String[] texts;
  /** Lower-case key of each variable, or null for an escape ({@code ${*}}). */
  private final @Nullable String[] keys;
  private final int[] derived;
  /** The default of each variable (null if none), or the escaped character. */
  private final @Nullable String[] defaults;

  private Template(String source, boolean malformed, String[] texts, @Nullable String[] keys, int[] derived,
      @Nullable String[] defaults) {
    this.source = source;
    this.malformed = malformed;
    this.texts = texts;
    this.keys = keys;
    this.derived = derived;
    this.defaults = defaults;
  }

  /** Returns the template of {@code text}, or null if it holds no {@code ${}. */
  static @Nullable Template compile(String text) {
    if (text.indexOf("${") < 0) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> defaults = new ArrayList<>();
    int start = 0;
    int i;
    while ((i = text.indexOf("${", start)) >= 0) {
      int close = text.indexOf('}', i + 2);
      if (close < 0) {
        return malformed(text);
      }
      String inner = text.substring(i + 2, close);
      texts.add(text.substring(start, i));
      if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
        keys.add(null);
        defaults.add(inner);
      } else {
        String name = inner;
        String fallback = null;
        int comma = inner.indexOf(',');
        if (comma >= 0) {
          name = inner.substring(0, comma).trim();
          String rest = inner.substring(comma + 1).trim();
          if (rest.length() < 2 || rest.charAt(0) != '\'' || rest.charAt(rest.length() - 1) != '\'') {
            return malformed(text);
          }
          fallback = rest.substring(1, rest.length() - 1);
        }
        if (name.isEmpty() || !isName(name)) {
          return malformed(text);
        }
        keys.add(name.toLowerCase(Locale.ROOT));
        defaults.add(fallback);
      }
      start = close + 1;
    }
    texts.add(text.substring(start));
    int[] derived = new int[keys.size()];
    for (int k = 0; k < derived.length; k++) {
      derived[k] = keys.get(k) == null ? -1 : DerivedKeys.indexOf(keys.get(k));
    }
    return new Template(text, false, texts.toArray(new String[0]), keys.toArray(new String[0]), derived,
        defaults.toArray(new String[0]));
  }

  private static Template malformed(String text) {
    return new Template(text, true, new String[] {text}, new String[0], new int[0], new String[0]);
  }

  private static boolean isName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || c == '\'' || c == '$' || c == '{') {
        return false;
      }
    }
    return true;
  }

  /** Returns the resolved text, or null if a variable is unresolved. Must not be called when malformed. */
  @Nullable Resolved resolve(Request request) {
    StringBuilder out = new StringBuilder(source.length() + 32);
    int[] literalFrom = new int[keys.length];
    int[] literalTo = new int[keys.length];
    for (int k = 0; k < keys.length; k++) {
      out.append(texts[k]);
      String value;
      if (keys[k] == null) {
        value = defaults[k];
      } else {
        RequestContext.Entry entry = request.lookup(keys[k], derived[k]);
        if (entry == null) {
          value = defaults[k];
        } else if (entry.multi || entry.values.length != 1) {
          value = null;
        } else {
          value = entry.values[0];
        }
      }
      if (value == null) {
        return null;
      }
      literalFrom[k] = out.length();
      out.append(value);
      literalTo[k] = out.length();
    }
    out.append(texts[keys.length]);
    boolean[] literal = new boolean[out.length()];
    for (int k = 0; k < keys.length; k++) {
      for (int p = literalFrom[k]; p < literalTo[k]; p++) {
        literal[p] = true;
      }
    }
    return new Resolved(out.toString(), literal);
  }

  /** The variables that the request leaves unresolved, as written (for explanations). */
  List<String> unresolvedNames(Request request) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] != null && defaults[k] == null) {
        RequestContext.Entry entry = request.lookup(keys[k], derived[k]);
        if (entry == null || entry.multi || entry.values.length != 1) {
          names.add(keys[k]);
        }
      }
    }
    return names;
  }
}
