package io.newsflow.core.json;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsflow.core.error.Reason;
import io.newsflow.core.error.BadRecordException;
import java.io.IOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for one record type in Newsflow's JSON mapping. A value that cannot be read throws
 * {@link BadRecordException}, which every stage turns into a dead letter: {@link
 * Reason#INVALID_JSON} when it is not JSON at all, {@link Reason#INVALID_RECORD} when it is JSON
 * of another shape.
 */
public final class JsonSerde<T> implements Serde<T> {
  private final Class<T> type;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  public JsonSerde(Class<T> type) {
    this.type = type;
    this.reader = Json.mapper().readerFor(type);
    this.writer = Json.mapper().writerFor(type);
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> serialize(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> deserialize(bytes);
  }

  public byte[] serialize(T value) {
    if (value == null) {
      return null;
    }
    try {
      return writer.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + type.getSimpleName() + " as JSON", e);
    }
  }

  public T deserialize(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    if (bytes.length == 0) {
      throw new BadRecordException(Reason.INVALID_JSON, "an empty value is not JSON");
    }
    try {
      return reader.readValue(bytes);
    } catch (IOException e) {
      throw new BadRecordException(syntaxError(e) ? Reason.INVALID_JSON : Reason.INVALID_RECORD,
          "not a valid " + type.getSimpleName() + " JSON value: " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * True when the parser, not the mapping, failed; the mapping wraps what the parser throws
   * inside a field. A number too large for its field is well-formed JSON of the wrong shape.
   */
  private static boolean syntaxError(IOException error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StreamReadException && !(t instanceof InputCoercionException)) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
