package vn.vanban.check;

/**
 * One requirement of Decree 30.
 *
 * @param id stable identifier, e.g. ND30-MOTTO-RULE-LENGTH
 * @param source where the decree says it, e.g. "Phụ lục I, Phần I, mục II.1.b"
 * @param checks what is checked, in Vietnamese (the rule table of the README)
 * @param expected what the document should have, in Vietnamese; every message ends with it
 */
public record Rule(String id, String source, Severity severity, String checks, String expected) {
}
