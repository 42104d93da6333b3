package io.iamkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example policy shipped in the jar and named in the README quick start. */
final class BundledExample {
  static final String RESOURCE = "/examples/databricks-cross-account-trust.json";

  private BundledExample() {}

  static Path path() {
    URL url = BundledExample.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes() {
    try {
      return Files.readAllBytes(path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
