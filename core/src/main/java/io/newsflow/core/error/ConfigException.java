package io.newsflow.core.error;

/** A configuration that cannot work; raised at start-up, before anything runs. */
public class ConfigException extends NewsflowException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
