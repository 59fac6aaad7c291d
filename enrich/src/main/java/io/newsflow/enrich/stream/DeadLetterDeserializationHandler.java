package io.newsflow.enrich.stream;

import io.newsflow.core.deadletter.Stage;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** A raw record that is not a readable article goes to the dead-letter topic; the stream goes on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
  private DeadLetterRecords deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = DeadLetterRecords.configure(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    return Response.resume(deadLetters.of(Stage.ENRICH_DESERIALIZE, context, exception));
  }
}
