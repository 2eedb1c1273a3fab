package io.jiandang.contracts.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two checks of a contract's golden-JSON test: an event serializes to the JSON consumers were promised
 * (the golden file {@code src/test/resources/golden/<name>.json}), and the golden file still reads back into the
 * record. Run the test with {@code -Dgolden.write=true} once to write the files of a newly added event, then
 * review them.
 */
public final class GoldenJson {

    /** The JSON the services write on Kafka: dates as ISO text. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private GoldenJson() {
    }

    /** Asserts the event's JSON is the golden file's (written first under {@code -Dgolden.write=true}). */
    public static void assertSerializesToGolden(String name, Object event) throws IOException {
        // parsed from the text, as a consumer would, so that numbers compare by their JSON form
        JsonNode actual = MAPPER.readTree(MAPPER.writeValueAsString(event));
        if (Boolean.getBoolean("golden.write")) {
            Path file = Path.of("src/test/resources/golden", name + ".json");
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        assertThat(actual).isEqualTo(golden(name));
    }

    /** Asserts the golden file reads back into a record equal to the event (amounts compared by value). */
    public static void assertGoldenReadsBackInto(String name, Object event) throws IOException {
        Object read = MAPPER.treeToValue(golden(name), event.getClass());
        assertThat(read).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(event);
    }

    /** The golden file of an event, from the test classpath. */
    public static JsonNode golden(String name) throws IOException {
        try (InputStream in = GoldenJson.class.getResourceAsStream("/golden/" + name + ".json")) {
            assertThat(in).as("golden file %s.json", name).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
