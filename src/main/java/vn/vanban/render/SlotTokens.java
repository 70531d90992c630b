package vn.vanban.render;

import freemarker.core.Environment;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.TemplateValueFormatException;
import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The tokens a sentinel render prints in place of the view's leaves, and the cutting of its
 * output at them. A token is a private-use character, the leaf's index, a lower-case letter and a
 * second private-use character: no text of a plan contains it, and a template that changed it
 * (cased it, cut it, measured it) leaves no token that reads back whole.
 */
final class SlotTokens {

    /** The custom number format (registered on every template configuration) that prints an int leaf as its token. */
    static final String NUMBER_FORMAT = "vanbanSlot";

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final char LETTER = 'x';
    /** OPEN and CLOSE in UTF-8: EE 80 80 and EE 80 81. */
    private static final byte LEAD = (byte) 0xEE;
    private static final byte SECOND = (byte) 0x80;
    private static final byte OPEN_LAST = (byte) 0x80;
    private static final byte CLOSE_LAST = (byte) 0x81;

    private SlotTokens() {
    }

    static String token(int leaf) {
        return OPEN + Integer.toString(leaf) + LETTER + CLOSE;
    }

    /** The token of a string leaf, as markup: printed as it is, refused by every string built-in and comparison. */
    static TemplateModel markup(int leaf) {
        try {
            return XMLOutputFormat.INSTANCE.fromMarkup(token(leaf));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One piece of a part: constant bytes, or the leaf whose value stands there (leaf ≥ 0). */
    record Piece(byte[] constant, int leaf) {
        static Piece of(byte[] constant) {
            return new Piece(constant, -1);
        }

        static Piece slot(int leaf) {
            return new Piece(null, leaf);
        }

        boolean isSlot() {
            return leaf >= 0;
        }
    }

    /**
     * The part cut at its tokens, or null when a token is not whole (changed by the template), a
     * private-use marker stands alone, or a token names no leaf.
     */
    static List<Piece> cut(byte[] part, int leafCount) {
        List<Piece> pieces = new ArrayList<>();
        int constantStart = 0;
        int i = 0;
        while (i < part.length) {
            if (!marker(part, i)) {
                i++;
                continue;
            }
            if (part[i + 2] != OPEN_LAST) {
                return null;
            }
            int digits = i + 3;
            int end = digits;
            int leaf = 0;
            while (end < part.length && part[end] >= '0' && part[end] <= '9' && end - digits < 9) {
                leaf = leaf * 10 + (part[end] - '0');
                end++;
            }
            boolean canonical = end > digits && (part[digits] != '0' || end == digits + 1);
            if (!canonical || end >= part.length || part[end] != LETTER || !marker(part, end + 1)
                    || part[end + 3] != CLOSE_LAST || leaf >= leafCount) {
                return null;
            }
            if (i > constantStart) {
                pieces.add(Piece.of(Arrays.copyOfRange(part, constantStart, i)));
            }
            pieces.add(Piece.slot(leaf));
            i = end + 4;
            constantStart = i;
        }
        if (part.length > constantStart) {
            pieces.add(Piece.of(Arrays.copyOfRange(part, constantStart, part.length)));
        }
        return pieces;
    }

    /** Whether OPEN or CLOSE starts at i. */
    private static boolean marker(byte[] part, int i) {
        return i + 2 < part.length && part[i] == LEAD && part[i + 1] == SECOND
                && (part[i + 2] == OPEN_LAST || part[i + 2] == CLOSE_LAST);
    }

    /** Makes {@link #NUMBER_FORMAT}: the configuration's own number format for every number but an int leaf. */
    static final TemplateNumberFormatFactory NUMBER_FORMATS = new TemplateNumberFormatFactory() {
        @Override
        public TemplateNumberFormat get(String params, Locale locale, Environment env) throws TemplateValueFormatException {
            return new LeafNumberFormat(env.getTemplateNumberFormat(env.getConfiguration().getNumberFormat()));
        }
    };

    private static final class LeafNumberFormat extends TemplateNumberFormat {
        private final TemplateNumberFormat usual;

        LeafNumberFormat(TemplateNumberFormat usual) {
            this.usual = usual;
        }

        @Override
        public String formatToPlainText(TemplateNumberModel number) throws TemplateValueFormatException, TemplateModelException {
            if (number instanceof ViewLeaves.SentinelNumber leaf) {
                return leaf.token();
            }
            return usual.formatToPlainText(number);
        }

        @Override
        public boolean isLocaleBound() {
            return usual.isLocaleBound();
        }

        @Override
        public String getDescription() {
            return "an int leaf as its slot token, else " + usual.getDescription();
        }
    }
}
