package io.github.twelvefactor.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileBytes} gives what {@code Files.readAllBytes} gives, whatever size the walk saw. */
class FileBytesTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryFileWholeWhateverSizeWasSeen() throws Exception {
        Random random = new Random(42);
        int[] sizes = {0, 1, 2, 100, 4095, 4096, 4097, 8191, 8192, 8193, 65_536, 300_001};
        for (int size : sizes) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            Path f = dir.resolve("f" + size);
            Files.write(f, content);
            // the size the walk saw: right, smaller (the file grew since), larger (it shrank), none
            long[] seen = {size, Math.max(0, size - 1), size / 2, 0, size + 1, size * 2L + 7};
            for (long s : seen) {
                assertArrayEquals(Files.readAllBytes(f), FileBytes.read(f, s), "size " + size + ", seen " + s);
            }
        }
    }

    @Test
    void aMissingFileFailsAsNioNamesIt() {
        Path missing = dir.resolve("missing.properties");
        assertThrows(NoSuchFileException.class, () -> FileBytes.read(missing, 10));
    }
}
