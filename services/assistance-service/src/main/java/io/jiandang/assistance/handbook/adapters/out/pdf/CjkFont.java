package io.jiandang.assistance.handbook.adapters.out.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The CJK font the handbook is printed with, found at run time among Debian's packaged fonts.
 *
 * <p>Why not Noto CJK: Debian's fonts-noto-cjk ships only TrueType collections with CFF (PostScript) outlines;
 * PDFBox 3.0.8 can neither subset them ("OTF fonts do not have a glyf table") nor embed a whole collection.
 * WenQuanYi (fonts-wqy-microhei, fonts-wqy-zenhei) has TrueType outlines that PDFBox subsets, so a handbook
 * embeds only the glyphs it uses. The run and CI scripts install fonts-wqy-microhei.
 *
 * @param file the font file (.ttc or .ttf)
 * @param name the font's name inside a collection, or {@code null} for a single .ttf
 */
public record CjkFont(Path file, String name) {

    /** The candidates, best first: a collection member or a single TrueType file. */
    static final List<CjkFont> CANDIDATES = List.of(
            new CjkFont(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "WenQuanYiMicroHei"),
            new CjkFont(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei"));

    /** What to install when none is found. */
    public static final String INSTALL_HINT = "apt-get install -y fonts-wqy-microhei";

    /**
     * The configured font when given, else the first installed candidate.
     *
     * @param configured a path from {@code jiandang.assistance.handbook.font} (a .ttf, or a .ttc with
     *                   {@code #FontName}), or blank
     */
    public static Optional<CjkFont> find(String configured) {
        if (configured != null && !configured.isBlank()) {
            int hash = configured.indexOf('#');
            CjkFont font = hash < 0 ? new CjkFont(Path.of(configured), null)
                    : new CjkFont(Path.of(configured.substring(0, hash)), configured.substring(hash + 1));
            return Files.isReadable(font.file()) ? Optional.of(font) : Optional.empty();
        }
        return CANDIDATES.stream().filter(f -> Files.isReadable(f.file())).findFirst();
    }
}
