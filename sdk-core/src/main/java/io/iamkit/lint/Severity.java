package io.iamkit.lint;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** IAM refuses the document, or it cannot work as written, or it opens access it surely should not. */
  ERROR,
  /** The document works, but something in it is risky, useless or probably not what was meant. */
  WARNING,
  /** A clean-up: nothing is wrong, something is redundant or old-fashioned. */
  INFO
}
