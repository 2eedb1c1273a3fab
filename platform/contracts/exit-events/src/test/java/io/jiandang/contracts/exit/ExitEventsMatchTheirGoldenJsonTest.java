package io.jiandang.contracts.exit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka contract of the exit context: each event's JSON must stay what consumers were promised (golden
 * files under {@code src/test/resources/golden}), and each golden file must still read back into the record.
 * A change that breaks either is a breaking change of the contract: make it additive instead.
 *
 * <p>Run with {@code -Dgolden.write=true} once to write the files of a newly added event, then review them.
 */
class ExitEventsMatchTheirGoldenJsonTest {

    private static final String HOUSEHOLD = "5b0f4f1e-8c3a-4d6e-9a51-2f7c1d0e4b21";
    private static final String VILLAGE = "451227101201";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("HouseholdExited", new HouseholdExitedEvent(HOUSEHOLD, VILLAGE,
                        "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d", 2016, LocalDate.parse("2016-12-20"),
                        new BigDecimal("3410.50"), new BigDecimal("3146"), 1,
                        LocalDate.parse("2018-12-19"), LocalDate.parse("2019-12-19"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventSerializesToItsGoldenJson(String name, ExitEvent event) throws IOException {
        // parsed from the text, as a consumer would, so that numbers compare by their JSON form
        JsonNode actual = MAPPER.readTree(MAPPER.writeValueAsString(event));
        if (Boolean.getBoolean("golden.write")) {
            Path file = Path.of("src/test/resources/golden", name + ".json");
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
        }
        assertThat(actual).isEqualTo(golden(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachGoldenJsonReadsBackIntoTheEvent(String name, ExitEvent event) throws IOException {
        ExitEvent read = MAPPER.treeToValue(golden(name), event.getClass());
        assertThat(read).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(event);
    }

    private static JsonNode golden(String name) throws IOException {
        try (InputStream in = ExitEventsMatchTheirGoldenJsonTest.class
                .getResourceAsStream("/golden/" + name + ".json")) {
            assertThat(in).as("golden file %s.json", name).isNotNull();
            return MAPPER.readTree(in);
        }
    }
}
