package io.jiandang.assistance.handbook.adapters.out.pdf;

import io.jiandang.assistance.handbook.application.HandbookRenderer;
import io.jiandang.assistance.handbook.domain.HandbookDocument;
import io.jiandang.assistance.income.domain.IncomeRegisterSheet;
import io.jiandang.contracts.assistance.AssistanceMeasure;
import io.jiandang.contracts.assistance.AssistanceMeasureChosenEvent;
import io.jiandang.contracts.assistance.AssistanceRecordKind;
import io.jiandang.contracts.assistance.AssistanceRecordedEvent;
import io.jiandang.contracts.assistance.IncomeSource;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.fontbox.ttf.TTFParser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints a handbook copy as an A4 PDF in Chinese, with a CJK font found at run time (see {@link CjkFont}); only
 * the glyphs used are embedded. Both copies come from the same {@link HandbookDocument}; the copy's label is
 * the only difference.
 */
@Component
public class PdfHandbookRenderer implements HandbookRenderer {

    private static final float MARGIN = 50;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 16;

    private static final Map<AssistanceMeasure, String> MEASURES = Map.of(
            AssistanceMeasure.INDUSTRY, "产业扶持", AssistanceMeasure.JOB_TRANSFER, "转移就业",
            AssistanceMeasure.RELOCATION, "易地扶贫搬迁", AssistanceMeasure.EDUCATION, "教育扶贫",
            AssistanceMeasure.HEALTH, "健康扶贫", AssistanceMeasure.HOUSING, "危房改造",
            AssistanceMeasure.ECOLOGICAL_COMPENSATION, "生态补偿", AssistanceMeasure.SOCIAL_SECURITY, "社会保障兜底",
            AssistanceMeasure.MICRO_CREDIT, "小额信贷");
    private static final Map<AssistanceRecordKind, String> KINDS = Map.of(
            AssistanceRecordKind.VISIT, "走访", AssistanceRecordKind.FUNDS, "资金", AssistanceRecordKind.PROBLEM_SOLVED, "解决问题");
    private static final Map<String, String> CLASSES = Map.of(
            "GENERAL", "一般贫困", "MEDIUM", "中等贫困", "SPECIAL", "特别贫困", "EXTREME", "极端贫困");
    private static final Map<IncomeSource, String> SOURCES = Map.of(
            IncomeSource.WAGES, "工资性", IncomeSource.PRODUCTION, "生产经营性", IncomeSource.PROPERTY, "财产性",
            IncomeSource.TRANSFER, "转移性");
    private static final Map<IncomeRegisterSheet.Standing, String> STANDINGS = Map.of(
            IncomeRegisterSheet.Standing.COUNTED, "已计入", IncomeRegisterSheet.Standing.AWAITING_SIGNATURES, "待签字",
            IncomeRegisterSheet.Standing.SUPERSEDED, "已更正作废");

    private final String configuredFont;

    public PdfHandbookRenderer(@Value("${jiandang.assistance.handbook.font:}") String configuredFont) {
        this.configuredFont = configuredFont;
    }

    /** The font that will be used; fails with the install hint when there is none. */
    public CjkFont font() {
        return CjkFont.find(configuredFont).orElseThrow(() -> new CjkFontMissingException(
                "No CJK font for the handbook: install one (" + CjkFont.INSTALL_HINT + ") or set "
                        + "jiandang.assistance.handbook.font"));
    }

    @Override
    public byte[] render(HandbookDocument document, HandbookDocument.Copy copy) {
        CjkFont cjk = font();
        try (OpenFont open = open(cjk); PDDocument pdf = new PDDocument()) {
            // the font stays open until the document is saved: the subset is cut from it then
            PDType0Font font = PDType0Font.load(pdf, open.font(), true);
            Writer out = new Writer(pdf, font);
            out.line("扶贫帮扶手册（" + document.year() + "年度）", 16);
            out.line("（" + copy.label() + "）", SIZE);
            out.gap();
            out.line("农户编号：" + document.householdId(), SIZE);
            out.line("所在村：" + document.villageName() + "（" + document.divisionCode() + "）", SIZE);
            out.line("家庭人口：" + document.members() + " 人", SIZE);
            out.line("贫困类别：" + (document.povertyClass() == null ? "未评定" : CLASSES.get(document.povertyClass()))
                    + (document.standardPerHousehold() == null ? "" : "，帮扶标准 " + yuan(document.standardPerHousehold()) + " 元/年"), SIZE);
            out.gap();
            out.line("帮扶干部联系卡", 13);
            if (document.cadres().isEmpty()) {
                out.line("尚未结对帮扶干部", SIZE);
            }
            for (HandbookDocument.CadreLine cadre : document.cadres()) {
                out.line("帮扶干部：" + cadre.name() + "　单位：" + cadre.unit()
                        + (cadre.contact() == null ? "" : "　联系电话：" + cadre.contact()), SIZE);
            }
            out.gap();
            out.line("一、帮扶措施（因户施策）", 13);
            for (AssistanceMeasureChosenEvent m : document.measures()) {
                out.line(MEASURES.get(m.measure()) + "：" + m.detail() + "（" + m.chosenOn() + "）", SIZE);
            }
            out.gap();
            out.line("二、帮扶记录", 13);
            for (AssistanceRecordedEvent r : document.records()) {
                out.line(r.occurredOn() + "　" + KINDS.get(r.kind()) + "：" + r.detail()
                        + (r.amount() == null ? "" : "，金额 " + yuan(r.amount()) + " 元"), SIZE);
            }
            out.gap();
            out.line("三、收入登记表", 13);
            for (IncomeRegisterSheet.Line e : document.income().entries()) {
                StringBuilder text = new StringBuilder(e.month() + "（" + e.entryId() + "）");
                e.amounts().forEach((source, amount) -> text.append(" ").append(SOURCES.get(source)).append(yuan(amount)));
                text.append(" 生产经营支出").append(yuan(e.productionCosts()))
                        .append(" 纯收入").append(yuan(e.netIncome())).append("元 ").append(e.members()).append("人")
                        .append(" 干部签字：").append(e.cadreSignedBy() == null ? "未签" : "已签")
                        .append(" 农户签字：").append(e.householdSignatory() == null ? "未签" : "已签")
                        .append(" ").append(STANDINGS.get(e.standing()));
                out.line(text.toString(), SIZE);
            }
            out.line("年度人均纯收入：" + yuan(document.income().yearly().netIncomePerHead()) + " 元（家庭纯收入 "
                    + yuan(document.income().yearly().netIncome()) + " 元，已计入 "
                    + document.income().yearly().monthsCounted() + " 个月）", SIZE);
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the handbook of " + document.householdId(), e);
        }
    }

    /** A font and the file it reads from (a collection's members share the collection's file). */
    private record OpenFont(TrueTypeFont font, java.io.Closeable owner) implements java.io.Closeable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    private static OpenFont open(CjkFont cjk) throws IOException {
        if (cjk.name() == null) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(cjk.file().toFile()));
            return new OpenFont(ttf, ttf);
        }
        TrueTypeCollection collection = new TrueTypeCollection(cjk.file().toFile());
        TrueTypeFont ttf = collection.getFontByName(cjk.name());
        if (ttf == null) {
            collection.close();
            throw new CjkFontMissingException("Font " + cjk.name() + " is not in " + cjk.file());
        }
        return new OpenFont(ttf, collection);
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Writes lines top-down, wrapping long ones, onto as many A4 pages as needed. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, PDType0Font font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        void line(String text, float size) throws IOException {
            for (String part : wrap(text, size)) {
                if (y < MARGIN + LEADING) {
                    newPage();
                }
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(part);
                stream.endText();
                y -= Math.max(LEADING, size + 6);
            }
        }

        void gap() {
            y -= LEADING / 2;
        }

        private List<String> wrap(String text, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (font.getStringWidth(current + ch) / 1000 * size > width) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                current.append(ch);
                i += Character.charCount(cp);
            }
            parts.add(current.toString());
            return parts;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
