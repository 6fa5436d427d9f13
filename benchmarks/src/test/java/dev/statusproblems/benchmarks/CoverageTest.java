package dev.statusproblems.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void aBodyWithTheStatusMemberAndNoTypeIsAProblem() {
        assertThat(Coverage.isProblem("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"gone\"}", 404)).isTrue();
    }

    @Test
    void aBodyWhoseStatusMemberIsAnotherStatusIsNotThatStatusProblem() {
        assertThat(Coverage.isProblem("{\"title\":\"Not Found\",\"status\":404}", 400)).isFalse();
    }

    @Test
    void aBodyWithoutTheStatusMemberIsNotAProblem() {
        assertThat(Coverage.isProblem("{\"title\":\"Not Found\"}", 404)).isFalse();
    }

    @Test
    void aMemberOfTheWrongTypeIsNotAProblem() {
        assertThat(Coverage.isProblem("{\"type\":5,\"status\":404}", 404)).isFalse();
        assertThat(Coverage.isProblem("{\"status\":\"404\"}", 404)).isFalse();
    }

    @Test
    void anHtmlPageOrTextIsNotAProblem() {
        assertThat(Coverage.isProblem("<html><body>Not Found</body></html>", 404)).isFalse();
        assertThat(Coverage.isProblem("Not able to deserialize data provided.", 400)).isFalse();
        assertThat(Coverage.isProblem("", 400)).isFalse();
    }
}
