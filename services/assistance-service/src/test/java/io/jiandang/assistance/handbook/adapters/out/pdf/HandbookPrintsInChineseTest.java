package io.jiandang.assistance.handbook.adapters.out.pdf;

import io.jiandang.assistance.handbook.domain.HandbookDocument;
import io.jiandang.assistance.income.domain.IncomeRegisterSheet;
import io.jiandang.contracts.assistance.AssistanceMeasure;
import io.jiandang.contracts.assistance.AssistanceMeasureChosenEvent;
import io.jiandang.contracts.assistance.AssistanceRecordKind;
import io.jiandang.contracts.assistance.AssistanceRecordedEvent;
import io.jiandang.contracts.assistance.IncomeEntryCountedEvent;
import io.jiandang.contracts.assistance.IncomeEntryRecordedEvent;
import io.jiandang.contracts.assistance.IncomeSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The handbook prints in Chinese with the installed CJK font, and both copies carry the same content. Fails
 * (does not skip) when no CJK font is installed: the run and CI scripts install fonts-wqy-microhei.
 */
class HandbookPrintsInChineseTest {

    private static final PdfHandbookRenderer RENDERER = new PdfHandbookRenderer("");

    @BeforeAll
    static void aCjkFontIsInstalled() {
        assertThat(CjkFont.find(""))
                .as("No CJK font is installed for the handbook PDF; install it with: " + CjkFont.INSTALL_HINT)
                .isPresent();
    }

    private static HandbookDocument handbook() {
        String household = "5b0f4f1e-8c3a-4d6e-9a51-2f7c1d0e4b21";
        String village = "451227101201";
        YearMonth may = YearMonth.of(2016, 5);
        Map<IncomeSource, BigDecimal> amounts = Map.of(IncomeSource.WAGES, new BigDecimal("800.00"));
        IncomeRegisterSheet income = IncomeRegisterSheet.fold(2016, List.of(
                new IncomeEntryRecordedEvent(household, village, "2016-05.1", may, amounts, BigDecimal.ZERO,
                        new BigDecimal("800.00"), 4, null),
                new IncomeEntryCountedEvent(household, village, "2016-05.1", may, amounts, BigDecimal.ZERO,
                        new BigDecimal("800.00"), 4, null, "cadre")));
        return HandbookDocument.fold(household, village, "那社村", 2016, 4, "SPECIAL", new BigDecimal("8000"),
                List.of(new HandbookDocument.CadreLine("韦建国", "巴马瑶族自治县农业局", "0778-6212345")),
                List.of(new AssistanceMeasureChosenEvent(household, village, 2016, AssistanceMeasure.INDUSTRY,
                                "养殖山羊20只", LocalDate.parse("2016-03-10")),
                        new AssistanceRecordedEvent(household, village, 2016, "1", AssistanceRecordKind.FUNDS,
                                LocalDate.parse("2016-05-02"), "发放羊苗补助", new BigDecimal("2000.00"))),
                income);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theHouseholdsCopyReadsBackInChinese() throws IOException {
        String text = textOf(RENDERER.render(handbook(), HandbookDocument.Copy.HOUSEHOLD));

        assertThat(text).contains("扶贫帮扶手册（2016年度）", "农户留存", "那社村", "特别贫困", "韦建国",
                "产业扶持：养殖山羊20只", "发放羊苗补助", "收入登记表", "已计入", "年度人均纯收入：200.00 元");
    }

    @Test
    void bothCopiesPrintTheSameHandbookUnderTheirOwnLabel() throws IOException {
        String household = textOf(RENDERER.render(handbook(), HandbookDocument.Copy.HOUSEHOLD));
        String cadre = textOf(RENDERER.render(handbook(), HandbookDocument.Copy.CADRE));

        assertThat(cadre).contains("帮扶干部留存").doesNotContain("农户留存");
        assertThat(cadre.replace("帮扶干部留存", "")).isEqualTo(household.replace("农户留存", ""));
    }

    @Test
    void aMissingFontIsNamedWithItsInstallHint() {
        PdfHandbookRenderer nowhere = new PdfHandbookRenderer("/nonexistent/font.ttf");

        assertThatThrownBy(() -> nowhere.render(handbook(), HandbookDocument.Copy.HOUSEHOLD))
                .isInstanceOf(CjkFontMissingException.class)
                .hasMessageContaining("fonts-wqy-microhei");
    }
}
