package io.jiandang.registration.household.domain;

import io.jiandang.contracts.registration.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2016, 10, 1);

    @Test
    void thePublishedExampleOfTheStandardIsValid() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void aLowerCaseXAndSurroundingBlanksAreAccepted() {
        assertThat(ResidentIdNumber.parse(" 11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    void anOddSequenceDigitIsAMan() {
        assertThat(ResidentIdNumber.parse("451227196003050015", TODAY).sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource({
            "110105194912310021, GB11643_CHECK_DIGIT",
            "11010519491231002,  GB11643_FORMAT",
            "1101051949123100211, GB11643_FORMAT",
            "11010519491231002Y, GB11643_FORMAT",
            "'',                 GB11643_FORMAT",
            "99010519491231002X, GB11643_AREA_CODE",
            "451227196202300024, GB11643_BIRTH_DATE",
            "451227201612010028, GB11643_BIRTH_DATE",
            "451227187001010024, GB11643_BIRTH_DATE"
    })
    void anInvalidNumberIsRefusedNamingTheRule(String raw, IdNumberRule rule) {
        assertThat(ResidentIdNumber.check(raw, TODAY)).contains(rule);
        assertThatThrownBy(() -> ResidentIdNumber.parse(raw, TODAY))
                .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.getMessage()).doesNotContain(raw.isEmpty() ? "\u0000" : raw.substring(0, 12));
                });
    }

    @Test
    void impossibleDatesAreRefusedEvenWithTheRightCheckDigit() {
        String base = "45122719620230002"; // 30 February
        assertThat(ResidentIdNumber.check(base + ResidentIdNumber.checkCharacter(base), TODAY))
                .contains(IdNumberRule.GB11643_BIRTH_DATE);
    }

    @Test
    void aBirthDateInTheFutureIsRefusedByTheClockGiven() {
        String base = "45122720161002002"; // born tomorrow
        String id = base + ResidentIdNumber.checkCharacter(base);
        assertThat(ResidentIdNumber.check(id, TODAY)).contains(IdNumberRule.GB11643_BIRTH_DATE);
        assertThat(ResidentIdNumber.check(id, TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void theNumberIsMaskedWhenShownOrLogged() {
        ResidentIdNumber id = ResidentIdNumber.parse("451227196003050015", TODAY);
        assertThat(id.masked()).isEqualTo("4512**********0015");
        assertThat(id.toString()).isEqualTo("4512**********0015");
        assertThat(ResidentIdNumber.mask("123")).isEqualTo("****");
    }
}
