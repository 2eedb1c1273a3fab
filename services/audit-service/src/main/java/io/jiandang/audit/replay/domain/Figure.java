package io.jiandang.audit.replay.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The reporting figures the audit service can recompute from the log alone, by their URL names.
 * A household is poor on D when its as-of status is REGISTERED or RETURNED_TO_POVERTY (not exited, removed,
 * vetoed or still in the procedure); an exit belongs to the period in which its {@code exitedOn} falls.
 */
public enum Figure {
    /** People of the households that are poor on D (贫困人口). */
    POOR_POPULATION("poor-population"),
    /** Households that are poor on D (贫困户). */
    POOR_HOUSEHOLDS("poor-households"),
    /** Households that exited (脱贫/销号) in [from, to]. */
    EXITED_HOUSEHOLDS("exited-households"),
    /** People of the households that exited in [from, to], counted as on their exit date. */
    EXITED_PEOPLE("exited-people");

    private final String urlName;

    Figure(String urlName) {
        this.urlName = urlName;
    }

    public String urlName() {
        return urlName;
    }

    public boolean isPeriodFigure() {
        return this == EXITED_HOUSEHOLDS || this == EXITED_PEOPLE;
    }

    public static Optional<Figure> byUrlName(String name) {
        return Arrays.stream(values()).filter(f -> f.urlName.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
