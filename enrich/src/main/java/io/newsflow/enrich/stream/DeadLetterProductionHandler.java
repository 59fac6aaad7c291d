package io.newsflow.enrich.stream;

import io.newsflow.core.error.Reason;
import io.newsflow.core.deadletter.Stage;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * An output the broker refuses for its size, or that cannot be serialised, dead-letters the input
 * record instead of stopping the stream thread. Other production errors keep Kafka's default
 * handling (retry if retriable, else fail), as they point at the cluster, not the record.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
  private DeadLetterRecords deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = DeadLetterRecords.configure(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (exception instanceof RecordTooLargeException) {
      return Response.resume(
          deadLetters.of(Stage.ENRICH_PROCESS, Reason.TOO_LARGE, context, exception));
    }
    return ProductionExceptionHandler.super.handleError(context, record, exception);
  }

  @Override
  public Response handleSerializationError(
      ErrorHandlerContext context,
      ProducerRecord record,
      Exception exception,
      SerializationExceptionOrigin origin) {
    return Response.resume(deadLetters.of(Stage.ENRICH_PROCESS, context, exception));
  }
}
