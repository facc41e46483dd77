package io.github.twelvefactor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files each format gives. */
class ReportWriterTest {
    @TempDir
    Path tmp;

    @Test
    void htmlWritesIndexHtml() throws Exception {
        Path out = tmp.resolve("twelvefactor");
        List<Path> written = ReportWriter.write(Set.of("console", "sarif", "html"), out, Samples.result(), Map.of(), tmp,
                Samples.VERSION, "app");
        assertEquals(List.of(out.resolve(SarifReport.FILE_NAME), out.resolve(HtmlReport.FILE_NAME)), written);
        assertFalse(Files.exists(out.resolve(JsonReport.FILE_NAME)), "json only when asked for");
    }

    @Test
    void noHtmlUnlessAsked() throws Exception {
        Path out = tmp.resolve("twelvefactor");
        List<Path> written = ReportWriter.write(Set.of("json"), out, Samples.result(), Map.of(), tmp, Samples.VERSION, null);
        assertEquals(List.of(out.resolve(JsonReport.FILE_NAME)), written);
        assertFalse(Files.exists(out.resolve(HtmlReport.FILE_NAME)));
    }
}
