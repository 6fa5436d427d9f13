package dev.statusproblems.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration table is the one {@link Setting} describes, row for row. */
class ReadmeSettingsTest {

    private static final String HEADER = "| key | default | values | meaning |";

    @Test
    void readmeListsEverySettingAsSettingDescribesIt() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(HEADER);
        assertThat(start).as("the README's configuration table, headed " + HEADER).isNotNegative();
        List<String> table = new ArrayList<>();
        for (int i = start + 2; i < readme.size() && readme.get(i).startsWith("|"); i++) {
            table.add(readme.get(i));
        }

        assertThat(String.join("\n", table)).as("paste this into README.md").isEqualTo(String.join("\n", expected()));
    }

    private static List<String> expected() {
        List<String> rows = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            rows.add("| `" + setting.key() + "` | " + (setting.defaultValue().isEmpty() ? "(none)"
                    : "`" + setting.defaultValue() + "`") + " | " + setting.accepted() + " | "
                    + setting.description() + " |");
        }
        return rows;
    }
}
