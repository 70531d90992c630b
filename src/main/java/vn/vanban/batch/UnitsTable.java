package vn.vanban.batch;

import java.util.List;
import java.util.Map;

/**
 * A units file as written, before it means anything: its column names and, for each row, the
 * text of each cell and where the cell stands, so that every problem can name file:line:column.
 *
 * @param columns the column names, each where it is first written (the header row of a CSV)
 */
record UnitsTable(String source, List<Cell> columns, List<Row> rows) {

    UnitsTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    boolean has(String column) {
        return columns.stream().anyMatch(c -> c.text().equals(column));
    }

    /** A cell's text (NFC, white space folded) and its position, 1-based. */
    record Cell(String text, int line, int column) {
    }

    /** One unit's row, starting at line and column; a column the row does not fill has no cell. */
    record Row(int line, int column, Map<String, Cell> cells) {

        Row {
            cells = Map.copyOf(cells);
        }

        /** The cell's text, or "" for a column the row leaves empty. */
        String text(String column) {
            Cell cell = cells.get(column);
            return cell == null ? "" : cell.text();
        }

        /** Where to point at a column of this row: the cell, or the row's start when it is empty. */
        int[] position(String name) {
            Cell cell = cells.get(name);
            return cell == null ? new int[] {line, column} : new int[] {cell.line(), cell.column()};
        }
    }
}
