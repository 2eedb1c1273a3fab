package io.jiandang.reporting.export;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableExportsTest {

    private final Table table = new Table("divisions 2016-Q3", List.of("code", "name", "poorPeople", "incidence"), List.of(
            Arrays.asList("451227", "巴马瑶族自治县", 1234, new BigDecimal("0.1989")),
            Arrays.asList("451227101201", "百马村委会", null, null)));

    @Test
    void csvHasTheHeaderChineseNamesAndShowsSuppressedCellsAsLessThanFive() {
        String csv = new String(TableExports.csv(table), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcode,name,poorPeople,incidence");
        assertThat(csv).contains("451227,巴马瑶族自治县,1234,0.1989").contains("451227101201,百马村委会,<5,<5");
    }

    @Test
    void xlsxHoldsNumbersAsNumbersAndSuppressedCellsAsLessThanFive() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExports.xlsx(table)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("name");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("巴马瑶族自治县");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("<5");
        }
    }
}
