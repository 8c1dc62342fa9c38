package dev.dyad.store.sqlite;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.dyad.core.model.ArticleRecords;
import dev.dyad.core.model.PartialDate;
import java.io.IOException;

/** Turns an article's records into the JSON stored in {@code article_records} and back. */
final class RecordsCodec {
  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new SimpleModule("dyad-dates")
          .addSerializer(PartialDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(PartialDate d, JsonGenerator g, SerializerProvider p) throws IOException {
              g.writeString(d.toString());
            }
          })
          .addDeserializer(PartialDate.class, new JsonDeserializer<>() {
            @Override
            public PartialDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
              String text = p.getValueAsString();
              return PartialDate.parse(text)
                  .orElseThrow(() -> new IOException("not an ISO partial date: " + text));
            }
          }))
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  String write(ArticleRecords records) {
    try {
      return mapper.writeValueAsString(records);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the records of " + records.article(), e);
    }
  }

  ArticleRecords read(String json) {
    try {
      return mapper.readValue(json, ArticleRecords.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored records are not readable: " + e.getOriginalMessage(), e);
    }
  }
}
