package io.subcube.cli.format;

import org.jline.utils.WCWidth;

/** Terminal column width of text: East Asian wide characters (e.g. Chinese) take two columns. */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            // Negative for control characters; the table renderer escapes those before measuring.
            width += Math.max(0, WCWidth.wcwidth(codePoint));
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** Pads text with spaces to the given display width, on the right or on the left. */
    public static String pad(String text, int width, boolean alignRight) {
        int fill = width - of(text);
        if (fill <= 0) {
            return text;
        }
        String spaces = " ".repeat(fill);
        return alignRight ? spaces + text : text + spaces;
    }
}
