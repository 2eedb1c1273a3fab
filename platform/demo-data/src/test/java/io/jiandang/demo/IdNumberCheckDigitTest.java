package io.jiandang.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdNumberCheckDigitTest {

    @Test
    void computesTheCheckDigitsOfThePublishedExamplesOfGb11643() {
        // The two examples printed in GB 11643-1999 itself.
        assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.checkDigit("44052418800101001")).isEqualTo('4');
        assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(IdNumbers.isValid("11010519491231002x")).isTrue();
        assertThat(IdNumbers.isValid("440524188001010014")).isTrue();
    }

    @Test
    void rejectsANumberWhoseCheckDigitIsWrong() {
        assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(IdNumbers.isValid("440524188001010015")).isFalse();
    }

    @Test
    void rejectsAnImpossibleBirthDateOrAMalformedNumber() {
        String first17 = "45122720160230001"; // 30 February
        assertThat(IdNumbers.isValid(first17 + IdNumbers.checkDigit(first17))).isFalse();
        assertThat(IdNumbers.isValid("4512272016")).isFalse();
        assertThat(IdNumbers.isValid("45122A19800101001X")).isFalse();
        assertThat(IdNumbers.isValid(null)).isFalse();
        assertThatThrownBy(() -> IdNumbers.checkDigit("1234")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void composesAValidNumberFromTheCountyTheBirthDateAndASequenceWhoseParityIsTheSex() {
        String man = IdNumbers.of("451227", LocalDate.of(1962, 3, 9), 37);
        String woman = IdNumbers.of("451227", LocalDate.of(1965, 11, 30), 38);
        assertThat(man).hasSize(18).startsWith("45122719620309037");
        assertThat(IdNumbers.isValid(man)).isTrue();
        assertThat(IdNumbers.isValid(woman)).isTrue();
        assertThat(IdNumbers.isMale(man)).isTrue();
        assertThat(IdNumbers.isMale(woman)).isFalse();
        assertThat(IdNumbers.birthDate(woman)).isEqualTo(LocalDate.of(1965, 11, 30));
    }

    @Test
    void masksAllButTheFirstAndLastFourCharacters() {
        assertThat(IdNumbers.mask("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(ApiProblemException.redact("{\"detail\":\"11010519491231002X is taken\"}"))
                .isEqualTo("{\"detail\":\"1101**********002X is taken\"}");
    }
}
