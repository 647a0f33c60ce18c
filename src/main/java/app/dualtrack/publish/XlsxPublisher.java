package app.dualtrack.publish;

import app.dualtrack.model.Ladder;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The ladder as an Excel workbook: one sheet in the chosen shape, header rows bold and frozen,
 * text wrapped, in the matrix shape each track's name merged over its levels. Every cell is text
 * (never a formula), whatever it starts with.
 */
public final class XlsxPublisher {
    private XlsxPublisher() {
    }

    public static byte[] write(Ladder ladder, TableShape shape) throws IOException {
        LadderTable table = LadderTable.of(ladder, shape);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(shape == TableShape.MATRIX ? "Matrix" : "Ladder");
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle head = wb.createCellStyle();
            head.cloneStyleFrom(wrap);
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setBorderBottom(BorderStyle.THIN);
            CellStyle band = wb.createCellStyle();
            band.cloneStyleFrom(head);
            band.setAlignment(HorizontalAlignment.CENTER);
            List<List<String>> rows = table.rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(cells.get(c));
                    cell.setCellStyle(r < table.headerRows() ? (r == 0 && shape == TableShape.MATRIX ? band : head) : wrap);
                }
            }
            if (shape == TableShape.MATRIX) {
                mergeBands(sheet, table.bands());
            }
            int width = rows.get(0).size();
            for (int c = 0; c < width; c++) {
                sheet.setColumnWidth(c, columnWidth(shape, c));
            }
            sheet.createFreezePane(shape == TableShape.MATRIX ? 1 : 0, table.headerRows());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void mergeBands(Sheet sheet, List<String> bands) {
        int start = 1;
        for (int c = 2; c <= bands.size(); c++) {
            if (c == bands.size() || !bands.get(c).equals(bands.get(start))) {
                if (c - 1 > start) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, start, c - 1));
                }
                start = c;
            }
        }
    }

    /** Widths in 1/256 of a character: text columns wide, the short ones narrow. */
    private static int columnWidth(TableShape shape, int c) {
        if (shape == TableShape.MATRIX) {
            return (c == 0 ? 22 : 40) * 256;
        }
        return switch (c) {
            case 0, 2, 4, 9 -> 12 * 256;
            case 6, 7, 10 -> 60 * 256;
            default -> 24 * 256;
        };
    }
}
