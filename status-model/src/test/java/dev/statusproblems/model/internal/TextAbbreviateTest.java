package dev.statusproblems.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAbbreviateTest {

    @Test
    void textWithinTheLimitIsKept() {
        assertThat(Text.abbreviate("a".repeat(512), 512)).isEqualTo("a".repeat(512));
    }

    @Test
    void cutTextIsAtMostTheLimitWithTheEllipsis() {
        assertThat(Text.abbreviate("a".repeat(600), 512)).hasSize(512).isEqualTo("a".repeat(511) + "…");
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String text = "a".repeat(510) + "\uD83D\uDE00" + "b".repeat(10);

        assertThat(Text.abbreviate(text, 512)).isEqualTo("a".repeat(510) + "…");
    }

    @Test
    void limitOfOneIsTheEllipsisAlone() {
        assertThat(Text.abbreviate("abc", 1)).isEqualTo("…");
    }
}
