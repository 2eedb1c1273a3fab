package io.jiandang.reporting.export;

import java.util.List;

/** A table as shown on the dashboard, ready for export: a title, column names and rows of cells (null = suppressed). */
public record Table(String title, List<String> columns, List<List<Object>> rows) {
}
