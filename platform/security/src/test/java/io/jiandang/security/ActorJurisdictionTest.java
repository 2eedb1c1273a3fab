package io.jiandang.security;

import io.jiandang.divisions.DivisionLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ActorJurisdictionTest {

    @ParameterizedTest(name = "{0} {1} covers {3} but not {4}")
    @CsvSource({
            // level,   code,          prefix,       inside,        outside
            "REGION,   450000,       45,           451227100001, 441227100001",
            "CITY,     451200,       4512,         451227100001, 451027100001",
            "COUNTY,   451227,       451227,       451227100001, 451221100001",
            "TOWNSHIP, 451227100000, 451227100,    451227100001, 451227101201",
            "VILLAGE,  451227100001, 451227100001, 451227100001, 451227100002"})
    void eachLevelCoversExactlyTheCodesStartingWithItsPrefix(DivisionLevel level, String code, String prefix,
                                                             String inside, String outside) {
        Actor actor = new Actor("someone", Role.INFORMATION_OFFICER, level, code);

        assertThat(actor.jurisdictionPrefix()).isEqualTo(prefix);
        assertThat(actor.covers(inside)).isTrue();
        assertThat(actor.covers(outside)).isFalse();
        assertThat(actor.covers(null)).isFalse();
        assertThat(actor.hasWellFormedDivisionCode()).isTrue();
    }

    @ParameterizedTest(name = "{1} is not a {0} code")
    @CsvSource({
            "REGION,   451200",
            "REGION,   000000",
            "CITY,     450000",
            "CITY,     451227",
            "COUNTY,   451200",
            "COUNTY,   451227100000",
            "TOWNSHIP, 451227",
            "TOWNSHIP, 451227100001",
            "TOWNSHIP, 451227000000",
            "VILLAGE,  451227100000",
            "VILLAGE,  45122710000A"})
    void aCodeThatDoesNotFitTheLevelIsNotWellFormed(DivisionLevel level, String code) {
        assertThat(new Actor("someone", Role.INFORMATION_OFFICER, level, code).hasWellFormedDivisionCode()).isFalse();
    }
}
