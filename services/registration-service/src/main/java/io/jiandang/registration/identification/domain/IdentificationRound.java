package io.jiandang.registration.identification.domain;

import io.jiandang.contracts.registration.CutOffLineSetEvent;
import io.jiandang.contracts.registration.IdentificationRoundOpenedEvent;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.registration.common.api.RegistrationErrorCode;
import io.jiandang.registration.common.api.RegistrationException;
import io.jiandang.registration.identification.api.CutOffResult;
import io.jiandang.registration.identification.api.OpenIdentificationRoundCommand;
import io.jiandang.registration.identification.api.ScoredHousehold;
import io.jiandang.registration.identification.api.SetCutOffLineCommand;
import io.jiandang.security.AccessRules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A county's identification round (精准识别) for one year: the poverty scale assigned to the county and the
 * cut-off line (分数线) computed over its surveyed households (see {@link CutOffLine} for the rule).
 */
@Aggregate
public class IdentificationRound {

    /**
     * The first round's year: the register's baseline is the poor population at the end of 2013 (Table 1's 6.34
     * million), identified on 2013 incomes; 建档立卡 built on it from 2014.
     */
    public static final int FIRST_YEAR = 2013;

    @AggregateIdentifier
    private String roundId;
    private String countyCode;
    private int povertyScale;
    private boolean lineSet;

    protected IdentificationRound() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(OpenIdentificationRoundCommand command) {
        AccessRules.requireOfficerCovering(command.actor(), command.countyCode(), DivisionLevel.COUNTY);
        if (roundId != null) {
            throw new RegistrationException(RegistrationErrorCode.ROUND_ALREADY_OPEN,
                    "The round " + roundId + " is already open");
        }
        if (command.countyCode() == null || !command.countyCode().matches("\\d{4}(?!00)\\d{2}")) {
            throw new RegistrationException(RegistrationErrorCode.INVALID_ROUND, "A county code has 6 digits",
                    "countyCode", "COUNTY_CODE");
        }
        if (command.year() < FIRST_YEAR || command.year() > 2100) {
            throw new RegistrationException(RegistrationErrorCode.INVALID_ROUND,
                    "Identification rounds start with the " + FIRST_YEAR + " baseline", "year", "YEAR");
        }
        if (command.povertyScale() < 1) {
            throw new RegistrationException(RegistrationErrorCode.INVALID_ROUND,
                    "The poverty scale is a number of people above 0", "povertyScale", "POSITIVE");
        }
        if (!command.roundId().equals(OpenIdentificationRoundCommand.roundIdOf(command.countyCode(), command.year()))) {
            throw new RegistrationException(RegistrationErrorCode.INVALID_ROUND,
                    "A round's id is <countyCode>-<year>", "roundId", "ROUND_ID");
        }
        apply(new IdentificationRoundOpenedEvent(command.roundId(), command.countyCode(), command.year(),
                command.povertyScale()));
        return command.roundId();
    }

    @CommandHandler
    public CutOffResult handle(SetCutOffLineCommand command) {
        AccessRules.requireOfficerCovering(command.actor(), countyCode, DivisionLevel.COUNTY);
        if (lineSet) {
            throw new RegistrationException(RegistrationErrorCode.CUT_OFF_LINE_ALREADY_SET,
                    "The cut-off line of round " + roundId + " is already set");
        }
        List<ScoredHousehold> households = command.households() == null ? List.of() : command.households();
        for (ScoredHousehold household : households) {
            if (household.villageCode() == null || !household.villageCode().startsWith(countyCode)) {
                throw new RegistrationException(RegistrationErrorCode.HOUSEHOLD_OUTSIDE_COUNTY,
                        "Household " + household.householdId() + " lies outside county " + countyCode);
            }
        }
        // scores are comparable only under one indicator system: households scored under another version are
        // left out of this line (they are surveyed again under the current policy)
        List<ScoredHousehold> comparable = households.stream()
                .filter(h -> h.policyVersion() == command.policyVersion())
                .toList();
        if (comparable.isEmpty()) {
            throw new RegistrationException(RegistrationErrorCode.NO_SURVEYED_HOUSEHOLDS,
                    "No household of county " + countyCode + " is scored under policy version "
                            + command.policyVersion());
        }
        CutOffLine line = CutOffLine.fit(povertyScale, comparable);
        apply(new CutOffLineSetEvent(roundId, countyCode, povertyScale, line.cutOffScore(), line.candidates(),
                line.people(), line.ranked(), command.policyVersion()));
        return new CutOffResult(line.cutOffScore(), line.candidates(), line.people());
    }

    @EventSourcingHandler
    void on(IdentificationRoundOpenedEvent event) {
        roundId = event.roundId();
        countyCode = event.divisionCode();
        povertyScale = event.povertyScale();
    }

    @EventSourcingHandler
    void on(CutOffLineSetEvent event) {
        lineSet = true;
    }
}
