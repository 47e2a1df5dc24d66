package org.etradecampus.common;

/** Text written into CSV and XLSX files that a spreadsheet must show, never run. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** A cell that a spreadsheet would take for a formula (=, +, -, @, tab, return first) is prefixed with a quote. */
    public static String neutralised(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
