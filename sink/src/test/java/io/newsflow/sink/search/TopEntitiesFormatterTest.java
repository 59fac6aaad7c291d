package io.newsflow.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.core.enrichment.EntityType;
import io.newsflow.core.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopEntitiesFormatterTest {
  private static final List<TopEntity> TOP = List.of(
      new TopEntity("organization:norvane-systems", "Norvane Systems", EntityType.ORGANIZATION,
          3, 9),
      new TopEntity("person:ines-varga", "Ines Varga", EntityType.PERSON, 2, 2),
      new TopEntity("organization:harbour-riders-union-local-7", "Harbour Riders, \"Local 7\"",
          EntityType.ORGANIZATION, 1, 1));

  @Test
  void theTableRanksTheEntitiesWithTheirCounts() {
    assertThat(TopEntitiesFormatter.format(TOP, OutputFormat.TABLE)).isEqualTo(
        "#  ENTITY                     TYPE          ARTICLES  MENTIONS  KEY\n"
            + "-  -------------------------  ------------  --------  --------  "
            + "-----------------------------------------\n"
            + "1  Norvane Systems            ORGANIZATION         3         9  "
            + "organization:norvane-systems\n"
            + "2  Ines Varga                 PERSON               2         2  "
            + "person:ines-varga\n"
            + "3  Harbour Riders, \"Local 7\"  ORGANIZATION         1         1  "
            + "organization:harbour-riders-union-local-7\n");
  }

  @Test
  void noEntitiesSaySoInTheTable() {
    assertThat(TopEntitiesFormatter.format(List.of(), OutputFormat.TABLE))
        .isEqualTo("No entities found.\n");
  }

  @Test
  void jsonIsOneArrayOfEntitiesMostFirst() throws Exception {
    JsonNode array = Json.mapper().readTree(TopEntitiesFormatter.format(TOP, OutputFormat.JSON));
    assertThat(array).hasSize(3);
    assertThat(array.get(0).fieldNames()).toIterable()
        .containsExactly("key", "name", "type", "articles", "mentions");
    assertThat(array.get(0).get("key").asText()).isEqualTo("organization:norvane-systems");
    assertThat(array.get(0).get("type").asText()).isEqualTo("ORGANIZATION");
    assertThat(array.get(0).get("articles").isIntegralNumber()).isTrue();
    assertThat(array.get(0).get("articles").asLong()).isEqualTo(3);
    assertThat(array.get(0).get("mentions").asLong()).isEqualTo(9);
    assertThat(array.get(2).get("name").asText()).isEqualTo("Harbour Riders, \"Local 7\"");
  }

  @Test
  void csvHasAHeaderAndQuotesNamesWithCommasAndQuotes() {
    assertThat(TopEntitiesFormatter.format(TOP, OutputFormat.CSV)).isEqualTo(
        "key,name,type,articles,mentions\n"
            + "organization:norvane-systems,Norvane Systems,ORGANIZATION,3,9\n"
            + "person:ines-varga,Ines Varga,PERSON,2,2\n"
            + "organization:harbour-riders-union-local-7,\"Harbour Riders, \"\"Local 7\"\"\","
            + "ORGANIZATION,1,1\n");
  }
}
