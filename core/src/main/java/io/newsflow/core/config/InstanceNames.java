package io.newsflow.core.config;

import io.newsflow.core.error.ConfigException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The default {@code instance-id}: the host name and a short hash of the data directory. Stable
 * across restarts of the same installation, different for two installations on one machine, and
 * made of the characters Kafka accepts in ids.
 */
final class InstanceNames {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

  private InstanceNames() {}

  static String derived(Path dataDir) {
    String host = hostName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
    if (host.length() > 60) {
      host = host.substring(0, 60);
    }
    return (host.isEmpty() ? "host" : host) + "-" + shortHash(dataDir.toString());
  }

  static String checked(String instanceId) {
    if (!VALID.matcher(instanceId).matches()) {
      throw new ConfigException("instance-id may hold only letters, digits, '.', '_' and '-' "
          + "(at most 200); got '" + instanceId + "'");
    }
    return instanceId;
  }

  private static String hostName() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "host";
    }
  }

  private static String shortHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
