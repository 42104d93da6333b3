package io.iamkit.cli;

import io.iamkit.policy.IamkitException;
import io.iamkit.policy.PolicyDocument;
import io.iamkit.policy.json.PolicyParseException;
import io.iamkit.policy.json.PolicyReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the policy named on the command line, a file or {@code -} for standard input, and words its errors. */
final class PolicyInput {
  /** The argument that names standard input. */
  static final String STDIN = "-";

  private PolicyInput() {}

  /** Thrown when an input cannot be opened or read; the commands report it as a usage error. */
  static final class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableInputException(String message) {
      super(message);
    }
  }

  /** How an input is named in messages: the argument as given, or {@code <stdin>} for {@code -}. */
  static String displayName(String argument) {
    return STDIN.equals(argument) ? "<stdin>" : argument;
  }

  /**
   * Reads the document named by {@code argument} with {@code reader}.
   *
   * @throws UnreadableInputException if the file does not exist or cannot be read
   * @throws IamkitException if the input is not a valid policy document
   */
  static PolicyDocument read(String argument, InputStream stdin, PolicyReader reader)
      throws UnreadableInputException {
    String name = displayName(argument);
    try {
      if (STDIN.equals(argument)) {
        return reader.read(stdin);
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        throw new UnreadableInputException(name + ": is a directory");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return reader.read(in);
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(name + ": no such file");
    } catch (InvalidPathException | IOException e) {
      throw new UnreadableInputException(name + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * The one-line report of an invalid input: {@code NAME:LINE:COLUMN: reason at /json/pointer}, or
   * {@code NAME: message} when the error has no location.
   */
  static String problem(String name, IamkitException error) {
    if (error instanceof PolicyParseException) {
      PolicyParseException parse = (PolicyParseException) error;
      String what = parse.reason() + " at " + (parse.pointer().isEmpty() ? "/" : parse.pointer());
      return parse.line() > 0
          ? name + ':' + parse.line() + ':' + parse.column() + ": " + what
          : name + ": " + what;
    }
    return name + ": " + error.getMessage();
  }
}
