package io.jiandang.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiandang.demo.IdNumbers;
import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.simulator.Population;
import io.jiandang.simulator.PopulationGenerator;
import io.jiandang.simulator.RegistrationClient;
import io.jiandang.simulator.SimulatedHousehold;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * JMH where it fits: the client-side work of the load driver and the simulator, so that the HTTP figures can be
 * read against what the driver itself costs (a survey body as JSON, an ID-number check digit, generating a
 * population). Run by bench/run with short settings; {@code java -cp ... org.openjdk.jmh.Main ClientSideBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClientSideBenchmarks {

    private final ObjectMapper mapper = new ObjectMapper();
    private PopulationGenerator generator;
    private SimulatedHousehold household;
    private long seed;

    @Setup
    public void setUp() {
        generator = new PopulationGenerator(DivisionCatalogue.guangxi());
        Population population = generator.generate(100_000, 1);
        household = population.households().get(0);
    }

    /** The JSON of one survey command (what every POST /api/households carries). */
    @Benchmark
    public byte[] surveyBodyAsJson() throws Exception {
        return mapper.writeValueAsBytes(RegistrationClient.surveyBody(household, LocalDate.of(2014, 3, 1)));
    }

    /** GB 11643 check digit of a member's ID number. */
    @Benchmark
    public char idNumberCheckDigit() {
        return IdNumbers.checkDigit("45122719800101123");
    }

    /** A whole province at 1:100,000 (49 households): plan, villages, members, answers, exits. */
    @Benchmark
    public int populationAtOneTo100000() {
        return generator.generate(100_000, seed++).households().size();
    }
}
