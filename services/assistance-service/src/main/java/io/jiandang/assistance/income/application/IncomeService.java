package io.jiandang.assistance.income.application;

import io.jiandang.assistance.common.api.AssistanceErrorCode;
import io.jiandang.assistance.common.api.AssistanceException;
import io.jiandang.assistance.common.application.EventHistory;
import io.jiandang.assistance.household.application.RegisteredHousehold;
import io.jiandang.assistance.income.api.RecordIncomeCardCommand;
import io.jiandang.assistance.income.api.RecordIncomeEntryCommand;
import io.jiandang.assistance.income.api.SignIncomeEntryCommand;
import io.jiandang.assistance.income.domain.IncomeRegisterSheet;
import io.jiandang.assistance.pairing.application.HouseholdAccess;
import io.jiandang.contracts.assistance.IncomeSource;
import io.jiandang.contracts.assistance.Signatory;
import io.jiandang.security.Actor;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The monthly income register (收入登记表).
 *
 * <p>Who writes and signs: the paired cadre or an information officer of the village, township or county
 * writes an entry. The cadre signs with their own token (only a cadre paired with the household). The household
 * (its head, or a representative) signs the paper register page in the presence of the paired cadre or the
 * village officer, who records that signature here with the reference of the page's scan; the household's
 * signature is never recorded without that reference. An entry counts once it has both signatures.
 */
@Service
public class IncomeService {

    private final HouseholdAccess access;
    private final EventHistory history;
    private final Clock clock;

    public IncomeService(HouseholdAccess access, EventHistory history, Clock clock) {
        this.access = access;
        this.history = history;
        this.clock = clock;
    }

    public String record(Actor actor, String householdId, YearMonth month, Map<IncomeSource, BigDecimal> amounts,
                         BigDecimal productionCosts, String supersedesEntryId, Function<Object, Object> send) {
        RegisteredHousehold household = access.household(householdId);
        access.requireCanWrite(actor, household);
        access.registered(householdId);
        if (month.isAfter(YearMonth.now(clock))) {
            throw new AssistanceException(AssistanceErrorCode.MONTH_IN_FUTURE,
                    "The income of " + month + " cannot be registered before the month", "month", "NOT_FUTURE");
        }
        return (String) send.apply(new RecordIncomeEntryCommand(RecordIncomeEntryCommand.idOf(householdId, month.getYear()),
                householdId, household.divisionCode(), month, amounts, productionCosts, household.members(),
                supersedesEntryId));
    }

    /**
     * A card (一户一卡) of {@code year}: the months recorded and signed at once by the paired cadre only (who signs
     * for themself and records the household head's signature with each month's page reference). Each month must
     * be over, as for a single entry; the first that is not refuses the card, named by its index.
     */
    @SuppressWarnings("unchecked")
    public List<String> recordCard(Actor actor, String householdId, int year, List<RecordIncomeCardCommand.Month> months,
                                   Function<Object, Object> send) {
        RegisteredHousehold household = access.household(householdId);
        access.requirePairedCadre(actor, household);
        access.registered(householdId);
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < months.size(); i++) {
            YearMonth month = months.get(i).month();
            if (month != null && month.isAfter(now)) {
                throw new AssistanceException(AssistanceErrorCode.MONTH_IN_FUTURE, "The income of " + month
                        + " cannot be registered before the month", "months[" + i + "].month", "NOT_FUTURE");
            }
        }
        return (List<String>) send.apply(new RecordIncomeCardCommand(RecordIncomeEntryCommand.idOf(householdId, year),
                householdId, household.divisionCode(), year, household.members(), actor.userId(), List.copyOf(months)));
    }

    public void sign(Actor actor, String householdId, String entryId, Signatory signatory, String evidenceReference,
                     Function<Object, Object> send) {
        RegisteredHousehold household = access.household(householdId);
        if (signatory == Signatory.CADRE) {
            access.requirePairedCadre(actor, household);
        } else {
            access.requireCanWrite(actor, household);
        }
        send.apply(new SignIncomeEntryCommand(RecordIncomeEntryCommand.idOf(householdId, monthOf(entryId).getYear()),
                entryId, signatory, actor.userId(), evidenceReference));
    }

    public IncomeRegisterSheet sheet(Actor actor, String householdId, int year) {
        RegisteredHousehold household = access.household(householdId);
        access.requireCanRead(actor, household);
        return sheet(householdId, year);
    }

    /** The register of a year folded from its events (for the handbook too, after its own access check). */
    public IncomeRegisterSheet sheet(String householdId, int year) {
        return IncomeRegisterSheet.fold(year, history.payloadsOf(RecordIncomeEntryCommand.idOf(householdId, year)));
    }

    /** Entry ids are {@code yyyy-MM.n}: the month names the register. */
    private static YearMonth monthOf(String entryId) {
        try {
            return YearMonth.parse(entryId.substring(0, Math.max(0, entryId.indexOf('.'))));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new AssistanceException(AssistanceErrorCode.ENTRY_NOT_FOUND, "No entry " + entryId);
        }
    }
}
