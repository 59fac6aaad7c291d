package io.newsflow.enrich.stream;

import io.newsflow.core.deadletter.Stage;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * An article whose enrichment fails goes to the dead-letter topic with the reason; the stream goes
 * on with the next record.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
  private DeadLetterRecords deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = DeadLetterRecords.configure(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    Stage stage =
        exception instanceof UnreadableRecordException
            ? Stage.ENRICH_DESERIALIZE
            : Stage.ENRICH_PROCESS;
    return Response.resume(deadLetters.of(stage, context, exception));
  }
}
