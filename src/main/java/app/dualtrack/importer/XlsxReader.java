package app.dualtrack.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Excel or Google Sheets workbook (.xlsx streamed by {@link XlsxStreamReader}; the old .xls here) read as a person sees it: formulas as their
 * values, a merged area's value in every cell it covers, one chosen sheet (the first visible one
 * with content unless the user names another, or "all").
 */
final class XlsxReader {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxReader.class);

    private final String file;

    XlsxReader(String file) {
        this.file = file;
    }

    /** The sheets to read, in workbook order; {@code sheetChoice} is a name, a 1-based number, "all" or null. */
    List<Grid> read(byte[] bytes, String sheetChoice, Draft draft) {
        if (XlsxStreamReader.isXlsx(bytes)) {
            try {
                return new XlsxStreamReader(file).read(bytes, sheetChoice, draft);
            } catch (SourceProblem e) {
                throw e;
            } catch (XlsxStreamReader.UncachedFormula e) {
                LOG.debug("{} has formulas without stored values; reading it whole to evaluate them", file);
            } catch (Exception e) {
                LOG.warn("cannot read workbook {}", file, e);
                throw new SourceProblem(Where.line(file, 0), "is not a spreadsheet Dualtrack can read (" + e.getMessage() + ")");
            }
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter();
            List<Grid> grids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            if (sheetChoice != null && !sheetChoice.equalsIgnoreCase("all")) {
                int index = sheetIndex(wb, sheetChoice, names);
                grids.add(grid(wb.getSheetAt(index), evaluator, formatter));
                return grids;
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                    continue;
                }
                Grid g = grid(wb.getSheetAt(i), evaluator, formatter);
                if (g.isEmpty()) {
                    continue;
                }
                grids.add(g);
                if (sheetChoice == null) {
                    List<String> others = new ArrayList<>(names);
                    others.remove(i);
                    if (!others.isEmpty()) {
                        draft.remark(file + ": read the sheet “" + names.get(i) + "”; the others (" + String.join(", ", others)
                                + ") were not read. Choose one with --sheet NAME, or --sheet all.");
                    }
                    break;
                }
            }
            return grids;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SourceProblem sp) {
                throw sp;
            }
            LOG.warn("cannot read workbook {}", file, e);
            throw new SourceProblem(Where.line(file, 0), "is not a spreadsheet Dualtrack can read (" + e.getMessage() + ")");
        }
    }

    private int sheetIndex(Workbook wb, String choice, List<String> names) {
        int byName = wb.getSheetIndex(choice);
        if (byName >= 0) {
            return byName;
        }
        try {
            int n = Integer.parseInt(choice.strip());
            if (n >= 1 && n <= names.size()) {
                return n - 1;
            }
        } catch (NumberFormatException e) {
            LOG.debug("sheet choice {} is not a number", choice);
        }
        throw new SourceProblem(Where.line(file, 0), "has no sheet “" + choice + "”; its sheets are " + String.join(", ", names));
    }

    private Grid grid(Sheet sheet, FormulaEvaluator evaluator, DataFormatter formatter) {
        Map<Long, String> merged = new HashMap<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            Row first = sheet.getRow(range.getFirstRow());
            Cell topLeft = first == null ? null : first.getCell(range.getFirstColumn());
            String value = value(topLeft, evaluator, formatter);
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    merged.put(((long) r << 32) | c, value);
                }
            }
        }
        Map<Integer, Integer> mergedWidth = new HashMap<>();
        for (Long key : merged.keySet()) {
            mergedWidth.merge((int) (key >> 32), (int) (key & 0xffffffffL) + 1, Math::max);
        }
        List<List<String>> rows = new ArrayList<>();
        List<Where> wheres = new ArrayList<>();
        int lastRow = sheet.getLastRowNum();
        for (int r = sheet.getFirstRowNum(); r <= lastRow && r >= 0; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            int lastCol = Math.max(row == null ? 0 : Math.max(0, row.getLastCellNum()), mergedWidth.getOrDefault(r, 0));
            for (int c = 0; c < lastCol; c++) {
                String m = merged.get(((long) r << 32) | c);
                cells.add(m != null ? m : value(row == null ? null : row.getCell(c), evaluator, formatter));
            }
            rows.add(cells);
            wheres.add(Where.row(file, sheet.getSheetName(), r + 1));
        }
        return new Grid(sheet.getSheetName(), rows, wheres);
    }

    /** The cell's text as shown: a formula's result (its cached value when it cannot be evaluated here). */
    private String value(Cell cell, FormulaEvaluator evaluator, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        try {
            return formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException e) {
            LOG.debug("formula in {}!{} not evaluated here; using its cached value", cell.getSheet().getSheetName(), cell.getAddress(), e);
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? String.valueOf(cell.getLocalDateTimeCellValue().toLocalDate())
                        : formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
    }
}
