package io.jiandang.audit.replay.domain;

import java.math.BigDecimal;

/** A replayed figure beside the one the reporting service published; a mismatch is named with its difference. */
public record FigureComparison(ReplayedFigure replayed, BigDecimal published, String publishedAt, boolean matches,
                               BigDecimal difference, String finding) {

    public static FigureComparison of(ReplayedFigure replayed, BigDecimal published, String publishedAt) {
        BigDecimal difference = BigDecimal.valueOf(replayed.value()).subtract(published);
        boolean matches = difference.signum() == 0;
        return new FigureComparison(replayed, published, publishedAt, matches, difference, matches
                ? "The published figure equals the figure replayed from the log"
                : "MISMATCH: the log gives " + replayed.value() + ", reporting published " + published.toPlainString()
                        + " (difference " + difference.toPlainString() + ")");
    }
}
