package app.dualtrack.importer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An .xlsx workbook read by streaming its XML rather than building the whole workbook in memory:
 * about a third faster on a 1,000-row sheet and light on memory. It sees what a person sees, as the
 * full reader does: formulas as the values Excel or Sheets last computed, a merged area's value in
 * every cell it covers, numbers and dates as formatted. {@link XlsxReader} uses it for .xlsx and
 * keeps the full model for the old .xls format.
 */
final class XlsxStreamReader {
    /** A sheet as listed in the workbook. */
    record SheetInfo(String name, boolean hidden) {
    }

    /** A formula without a stored result (a file written by a script, never opened in Excel): the full reader evaluates it. */
    static final class UncachedFormula extends Exception {
        UncachedFormula() {
            super("a formula has no stored value", null, false, false);
        }
    }

    private final String file;

    XlsxStreamReader(String file) {
        this.file = file;
    }

    static boolean isXlsx(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    List<Grid> read(byte[] bytes, String sheetChoice, Draft draft) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<SheetInfo> sheets = sheets(reader);
            List<String> names = sheets.stream().map(SheetInfo::name).toList();
            Integer wanted = null;
            if (sheetChoice != null && !sheetChoice.equalsIgnoreCase("all")) {
                wanted = index(sheetChoice, names);
            }
            List<Grid> grids = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; it.hasNext(); i++) {
                try (InputStream in = it.next()) {
                    boolean hidden = i < sheets.size() && sheets.get(i).hidden();
                    if (wanted != null ? wanted != i : hidden) {
                        continue;
                    }
                    Grid g = grid(in, it.getSheetName(), styles, strings);
                    if (wanted == null && g.isEmpty()) {
                        continue;
                    }
                    grids.add(g);
                    if (wanted != null) {
                        break;
                    }
                    if (sheetChoice == null) {
                        List<String> others = new ArrayList<>(names);
                        others.remove(it.getSheetName());
                        if (!others.isEmpty()) {
                            draft.remark(file + ": read the sheet “" + it.getSheetName() + "”; the others (" + String.join(", ", others)
                                    + ") were not read. Choose one with --sheet NAME, or --sheet all.");
                        }
                        break;
                    }
                }
            }
            return grids;
        }
    }

    private int index(String choice, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(choice.strip())) {
                return i;
            }
        }
        if (choice.strip().matches("\\d{1,3}")) {
            int n = Integer.parseInt(choice.strip());
            if (n >= 1 && n <= names.size()) {
                return n - 1;
            }
        }
        throw new SourceProblem(Where.line(file, 0), "has no sheet “" + choice + "”; its sheets are " + String.join(", ", names));
    }

    /** The sheets in workbook order with their hidden state (workbook.xml), which the sheet iterator does not give. */
    private static List<SheetInfo> sheets(XSSFReader reader) throws Exception {
        List<SheetInfo> out = new ArrayList<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if ("sheet".equals(localName)) {
                    String state = atts.getValue("state");
                    out.add(new SheetInfo(atts.getValue("name"), "hidden".equals(state) || "veryHidden".equals(state)));
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            parser.parse(new InputSource(in));
        }
        return out;
    }

    private Grid grid(InputStream in, String sheetName, StylesTable styles, ReadOnlySharedStringsTable strings) throws Exception {
        Map<Integer, Map<Integer, String>> cells = new TreeMap<>();
        List<CellRangeAddress> merges = new ArrayList<>();
        XSSFSheetXMLHandler.SheetContentsHandler contents = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private int row;
            private int col = -1;

            @Override
            public void startRow(int rowNum) {
                row = rowNum;
                col = -1;
            }

            @Override
            public void endRow(int rowNum) {
                // nothing to finish: cells are stored as they come
            }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
                col = ref == null ? col + 1 : new CellReference(ref).getCol();
                if (value != null && !value.isEmpty()) {
                    cells.computeIfAbsent(row, r -> new TreeMap<>()).put(col, value);
                }
            }
        };
        XSSFSheetXMLHandler values = new XSSFSheetXMLHandler(styles, null, strings, contents, new DataFormatter(), false);
        XMLReader parser = XMLHelper.newXMLReader();
        boolean[] uncached = {false};
        parser.setContentHandler(new DefaultHandler() {   // the values, plus the merged areas the handler does not report
            private boolean formula;
            private boolean value;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                switch (localName) {
                    case "mergeCell" -> {
                        if (atts.getValue("ref") != null) {
                            merges.add(CellRangeAddress.valueOf(atts.getValue("ref")));
                        }
                    }
                    case "c" -> {
                        formula = false;
                        value = false;
                    }
                    case "f" -> formula = true;
                    case "v", "is" -> value = true;
                    default -> {
                        // every other element only goes to the values handler
                    }
                }
                values.startElement(uri, localName, qName, atts);
            }

            @Override
            public void endElement(String uri, String localName, String qName) throws SAXException {
                if ("c".equals(localName) && formula && !value) {
                    uncached[0] = true;
                }
                values.endElement(uri, localName, qName);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                values.characters(ch, start, length);
            }
        });
        parser.parse(new InputSource(in));
        if (uncached[0]) {
            throw new UncachedFormula();
        }
        for (CellRangeAddress m : merges) {
            String v = cells.getOrDefault(m.getFirstRow(), Map.of()).get(m.getFirstColumn());
            if (v == null) {
                continue;
            }
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    cells.computeIfAbsent(r, x -> new TreeMap<>()).put(c, v);
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<Where> wheres = new ArrayList<>();
        int first = cells.isEmpty() ? 0 : cells.keySet().iterator().next();
        int last = cells.isEmpty() ? -1 : ((TreeMap<Integer, Map<Integer, String>>) cells).lastKey();
        for (int r = first; r <= last; r++) {
            Map<Integer, String> row = cells.getOrDefault(r, Map.of());
            int width = row.isEmpty() ? 0 : ((TreeMap<Integer, String>) row).lastKey() + 1;
            List<String> out = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                out.add(row.getOrDefault(c, ""));
            }
            rows.add(out);
            wheres.add(Where.row(file, sheetName, r + 1));
        }
        return new Grid(sheetName, rows, wheres);
    }
}
