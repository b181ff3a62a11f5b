package io.subcube.engine.exec;

import java.util.Arrays;
import org.roaringbitmap.Container;
import org.roaringbitmap.ContainerPointer;
import org.roaringbitmap.RoaringBitmap;

/**
 * Hands out a row bitmap as the word masks of 1024-row vectors that the vectorised code works on. A
 * Roaring container covers 65,536 rows, a whole number of vectors: the container a vector falls in is
 * expanded once into a 1024-word bitset (a bitmap container is copied word for word; run and array
 * containers set their bits) and each of its 64 vectors then takes 16 of those words. Vectors are best
 * asked for in ascending order; going back re-seeks from the first container.
 */
public final class VectorMasks {

    private static final int KEY_SHIFT = 16;
    private static final int CONTAINER_WORDS = 1 << (KEY_SHIFT - 6);

    private final RoaringBitmap rows;
    private final long[] container = new long[CONTAINER_WORDS];
    private ContainerPointer pointer;
    private int loadedKey = -1;
    private boolean loadedEmpty;

    public VectorMasks(RoaringBitmap rows) {
        this.rows = rows;
    }

    /**
     * Writes the bitmap's rows among {@code [from, from + n)} into {@code words} (bit {@code i} of word
     * {@code w} is row {@code from + 64w + i}; 16 words, those past {@code n} cleared) and returns whether
     * any is set. {@code from} is a multiple of 1024 and {@code n} at most 1024.
     */
    public boolean load(int from, int n, long[] words) {
        int key = from >>> KEY_SHIFT;
        if (key != loadedKey) {
            expand(key);
        }
        if (loadedEmpty) {
            Arrays.fill(words, 0, Vectors.WORDS, 0L);
            return false;
        }
        int w0 = (from & ((1 << KEY_SHIFT) - 1)) >>> 6;
        long any = 0;
        for (int w = 0; w < Vectors.WORDS; w++) {
            long word = container[w0 + w] & Vectors.valid(w, n);
            words[w] = word;
            any |= word;
        }
        return any != 0;
    }

    private void expand(int key) {
        if (pointer == null || key < loadedKey) {
            pointer = rows.getContainerPointer();
        }
        while (pointer.getContainer() != null && pointer.key() < key) {
            pointer.advance();
        }
        Container c = pointer.getContainer();
        loadedKey = key;
        loadedEmpty = c == null || pointer.key() != key;
        if (!loadedEmpty) {
            Arrays.fill(container, 0L);
            c.copyBitmapTo(container, 0);
        }
    }
}
