package vn.vanban.docx;

import vn.vanban.docx.ReadDocument.Place;

/**
 * Where paragraphs being read stand: the body, a table cell or a text box, with the table style
 * that applies and the column they fill.
 *
 * @param tableStyle the style of the table around them, "" for a table without one, null in the body and in text boxes
 * @param width null for the text width of the current section
 * @param topLevel paragraphs directly in the body, whose w:sectPr ends a section
 */
record BlockContext(String tableStyle, Place place, int columnLeft, Integer width, boolean topLevel) {
}
