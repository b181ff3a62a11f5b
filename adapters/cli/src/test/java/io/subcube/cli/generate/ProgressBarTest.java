package io.subcube.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void lineShowsBarPercentTimeAndEstimate() {
        assertEquals("[..............................]   0%  0 ms", ProgressBar.line(0, 100, 0));
        assertEquals("[##############................]  45%  3.2 s, about 3.9 s left",
                ProgressBar.line(45, 100, 3_200_000_000L));
        assertEquals("[##############################] 100%  7.0 s", ProgressBar.line(100, 100, 7_000_000_000L));
        // Unknown totals and overshoot do not break the bar.
        assertEquals("[..............................]   0%  5 ms", ProgressBar.line(10, 0, 5_000_000L));
        assertEquals("[##############################] 100%  1 ms", ProgressBar.line(120, 100, 1_000_000L));
    }

    @Test
    void redrawsInPlaceAtMostTenTimesASecondAndErasesItself() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(err, "generating", now::get);
        bar.update(1, 10);
        now.set(50_000_000L);
        bar.update(2, 10);          // too soon: skipped
        now.set(150_000_000L);
        bar.update(3, 10);
        bar.update(10, 10);         // the end is always drawn
        bar.close();
        String text = bytes.toString(StandardCharsets.UTF_8);
        String[] draws = text.split("\r", -1);
        // "", three draws, the erasing blanks, "".
        assertEquals(6, draws.length, text);
        assertTrue(draws[1].startsWith("generating [###..."), draws[1]);
        assertTrue(draws[2].startsWith("generating [#########..."), draws[2]);
        assertTrue(draws[3].startsWith("generating [##############################] 100%"), draws[3]);
        assertTrue(draws[4].isBlank() && draws[4].length() == draws[3].length(), "erased");
        assertEquals("", draws[5]);
    }

    @Test
    void closingAnUnusedBarPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "x").close();
        assertEquals(0, bytes.size());
    }
}
