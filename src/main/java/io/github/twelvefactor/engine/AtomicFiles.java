package io.github.twelvefactor.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: into a temp file beside it, then one move over the old one, so
 * that a reader (the next build, a CI step) never sees half a report, baseline or cache.
 *
 * <p>The temp file is named by this thread and the clock and created with {@code CREATE_NEW}, so two
 * writers never share one; it gets the permissions the user's umask gives any new file. ({@code
 * Files.createTempFile} would seed a {@code SecureRandom} for its name, about 10 ms of every build's
 * first report, and make the file, and so the report or the committed baseline, readable by its
 * owner only.)
 */
public final class AtomicFiles {

    /** What goes into the file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code fileName} in {@code directory} (created when missing) and returns its path. */
    public static Path replace(Path directory, String fileName, Content content) throws IOException {
        return replace(directory.resolve(fileName), content);
    }

    /** Writes these bytes, one part after the other, to {@code target} (its folder created when missing). */
    public static Path replace(Path target, byte[]... parts) throws IOException {
        return replace(target, new Content() { // no lambda: see Finding.comparePlace
            @Override
            public void writeTo(OutputStream out) throws IOException {
                for (byte[] part : parts) {
                    out.write(part);
                }
            }
        });
    }

    /** Writes {@code target} (its folder created when missing) and returns it. */
    public static Path replace(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = null;
        try {
            OutputStream out = null;
            for (int attempt = 0; out == null; attempt++) {
                temp = directory.resolve(target.getFileName() + "." + Long.toHexString(Thread.currentThread().getId())
                        + "-" + Long.toHexString(System.nanoTime()) + ".tmp");
                try {
                    out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    temp = null;
                    if (attempt == 100) {
                        throw e;
                    }
                }
            }
            try (OutputStream o = out) {
                content.writeTo(o);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
        return target;
    }
}
