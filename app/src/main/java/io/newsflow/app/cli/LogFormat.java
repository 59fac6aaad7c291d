package io.newsflow.app.cli;

import io.newsflow.core.error.ConfigException;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the log encoder before logging starts: {@code --log-format text|json} on the command
 * line, else {@code NEWSFLOW_LOG_FORMAT}, else text. JSON points logback at {@value #JSON_CONFIG}
 * (through {@value #LOGBACK_CONFIG}) unless the user named a configuration file of their own.
 */
public final class LogFormat {
  static final String ENV = "NEWSFLOW_LOG_FORMAT";
  static final String LOGBACK_CONFIG = "logback.configurationFile";
  static final String JSON_CONFIG = "logback-json.xml";
  private static final String OPTION = "--log-format";

  private LogFormat() {}

  /**
   * Points logback at the JSON configuration when the arguments or the environment ask for it.
   *
   * @return the format chosen, text or json
   * @throws ConfigException on a value other than text or json
   */
  public static String choose(String[] args, Map<String, String> env) {
    String value = env.get(ENV);
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(OPTION) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith(OPTION + "=")) {
        value = args[i].substring(OPTION.length() + 1);
      } else if (args[i].equals("--")) {
        break;
      }
    }
    String format = checked(value);
    if (format.equals("json") && System.getProperty(LOGBACK_CONFIG) == null) {
      System.setProperty(LOGBACK_CONFIG, JSON_CONFIG);
    }
    return format;
  }

  static String checked(String value) {
    String format = value == null || value.isBlank() ? "text" : value.strip().toLowerCase(Locale.ROOT);
    if (!format.equals("text") && !format.equals("json")) {
      throw new ConfigException(
          "the log format must be text or json (--log-format, NEWSFLOW_LOG_FORMAT); got '"
              + value + "'");
    }
    return format;
  }
}
