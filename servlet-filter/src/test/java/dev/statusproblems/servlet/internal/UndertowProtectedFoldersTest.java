package dev.statusproblems.servlet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.testsupport.Generated;
import java.util.List;
import java.util.StringTokenizer;
import org.junit.jupiter.api.Test;

/** Which paths Undertow refuses, as the extension reroutes them; Undertow itself is run by UndertowApp's tests. */
class UndertowProtectedFoldersTest {

    @Test
    void theProtectedFoldersAreTheFirstSegmentInAnyCase() {
        assertThat(List.of("/WEB-INF/web.xml", "/web-inf/", "\\META-INF\\MANIFEST.MF", "//Meta-Inf", "/WEB-INF",
                "/\\/web-inf/x")).allMatch(UndertowProtectedFolders::isProtected);
        assertThat(List.of("/", "", "/WEB-INFO/x", "/x/WEB-INF/web.xml", "/WEB-IN", "/META-INF.txt", "/ WEB-INF"))
                .noneMatch(UndertowProtectedFolders::isProtected);
    }

    @Test
    void generatedPathsAreJudgedAsTheirFirstTokenIs() {
        List<String> pieces = List.of("/", "\\", "WEB-INF", "web-inf", "META-INF", "meta-ınf", "WEB-İNF", "x", "-",
                ".", " ", "INF", "WEB", "META");
        Generated generated = new Generated();
        int protectedPaths = 0;
        for (int i = 0; i < 20_000; i++) {
            String path = generated.joined(pieces, 1, 6);
            boolean expected = firstTokenIsProtected(path);
            assertThat(UndertowProtectedFolders.isProtected(path)).as("%s", path).isEqualTo(expected);
            protectedPaths += expected ? 1 : 0;
        }
        assertThat(protectedPaths).as("generated paths found protected").isGreaterThan(500);
    }

    /** The rule as first written: the first token between '/' and '\' separators, compared ignoring case. */
    private static boolean firstTokenIsProtected(String path) {
        StringTokenizer segments = new StringTokenizer(path, "/\\");
        if (!segments.hasMoreTokens()) {
            return false;
        }
        String first = segments.nextToken();
        return first.equalsIgnoreCase("WEB-INF") || first.equalsIgnoreCase("META-INF");
    }
}
