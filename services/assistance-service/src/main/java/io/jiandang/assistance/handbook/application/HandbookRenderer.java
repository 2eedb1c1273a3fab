package io.jiandang.assistance.handbook.application;

import io.jiandang.assistance.handbook.domain.HandbookDocument;

/** Port: prints a handbook copy (PDF). */
public interface HandbookRenderer {

    byte[] render(HandbookDocument document, HandbookDocument.Copy copy);
}
