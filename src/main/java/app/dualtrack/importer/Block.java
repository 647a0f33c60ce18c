package app.dualtrack.importer;

/** One block of a document-shaped source (Markdown, HTML, plain text, a YAML tree), in reading order. */
sealed interface Block {
    Where where();

    /** A heading; depth 1 is the outermost. */
    record Heading(int depth, String text, Where where) implements Block {
    }

    /** A paragraph of running text. */
    record Paragraph(String text, Where where) implements Block {
    }

    /**
     * A list item (its own text only; nested items are items of their own).
     *
     * @param area the area the item names in bold before a colon ("**Delivery:** …"), or null
     */
    record Item(String text, String area, Where where) implements Block {
    }

    /** A table, its first row the header. */
    record Table(Grid grid, Where where) implements Block {
    }
}
