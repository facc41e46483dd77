package io.github.twelvefactor.engine;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a whole file whose size the walk has just seen. {@code Files.readAllBytes} asks the file's
 * size and reads once more to find its end: five system calls a file, on a VM where each costs
 * several microseconds and a tree has thousands of files. Here a file of the size the walk saw
 * takes three (open, one read, close): a read asked for one byte more than that size and given
 * exactly that size has met the end. A file that grew or shrank since is read to its end as usual.
 */
final class FileBytes {
    private FileBytes() {
    }

    static byte[] read(Path path, long seenSize) throws IOException {
        int expected = (int) Math.max(0, Math.min(seenSize, Integer.MAX_VALUE - 16));
        FileInputStream opened;
        try {
            opened = new FileInputStream(path.toFile());
        } catch (FileNotFoundException e) {
            return Files.readAllBytes(path); // fails again, naming the reason as NIO does (AccessDeniedException...)
        }
        try (FileInputStream in = opened) {
            byte[] buf = new byte[expected + 1];
            int n = 0;
            while (true) {
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
                if (n == expected) { // reached only after a read of at least one byte
                    break; // the size the walk saw, and one byte more was asked: the end
                }
                if (n == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2); // grown since the walk
                }
            }
            return Arrays.copyOf(buf, n); // never full here: a full buffer grows before the next read
        }
    }
}
