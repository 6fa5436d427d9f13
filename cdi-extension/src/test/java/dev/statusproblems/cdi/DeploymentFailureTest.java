package dev.statusproblems.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentFailureTest {

    @ProblemType(type = "moved", status = 302)
    static class RedirectException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ProblemType(type = "out of credit", status = 403)
    static class SpacedTypeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ProblemType(type = "out-of-credit", status = 402)
    static class PaymentRequiredException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ProblemType(type = "/problems/out-of-credit", status = 409)
    static class AbsolutePathClashException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ProblemType(type = "out-of-credit", status = 403, title = "Another title")
    static class SameTypeSameStatusException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ProblemType(type = "limit", status = 429)
    static class ReservedMemberException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @ProblemMember
        final int status = 429;
    }

    @ProblemType(type = "not-an-exception", status = 400)
    static class NotAnException {
    }

    @DeploymentFails(RedirectException.class)
    void statusOutsideErrorRangeFailsDeployment(DeploymentFailure failure) {
        assertThat(failure.message()).isEqualTo("@ProblemType on dev.statusproblems.cdi.DeploymentFailureTest"
                + "$RedirectException: status 302 is not an error status; use 400–599");
    }

    @DeploymentFails(SpacedTypeException.class)
    void typeThatIsNotAUriFailsDeployment(DeploymentFailure failure) {
        assertThat(failure.message()).isEqualTo("@ProblemType on dev.statusproblems.cdi.DeploymentFailureTest$SpacedTypeException: type 'out of credit' is not a URI"
                + " reference: Illegal character in path");
    }

    @DeploymentFails({OutOfCreditException.class, RedirectException.class})
    void failedDeploymentLeavesNoRegistryBehind(DeploymentFailure failure) {
        // a container that fails to start never shuts down, so nothing would withdraw it
        assertThat(failure.message()).contains("RedirectException");
        assertThat(ProblemTypeRegistry.ofApplication()).isEmpty();
    }

    @DeploymentFails({OutOfCreditException.class, PaymentRequiredException.class})
    void twoClassesClaimingOneTypeWithDifferentStatusesFailDeployment(DeploymentFailure failure) {
        assertThat(failure.message()).isEqualTo("@ProblemType on dev.statusproblems.cdi.fixtures.OutOfCreditException: status 403 conflicts with"
                + " dev.statusproblems.cdi.DeploymentFailureTest$PaymentRequiredException, which declares the same type"
                + " 'out-of-credit' with status 402; a problem type has one status");
    }

    @Test
    void typesAreComparedAsProblemsCarryThemUnderAConfiguredTypeBase() {
        DeploymentFailure failure = DeploymentFailure.deploying(Map.of("statusproblems.type-base", "/problems/"),
                OutOfCreditException.class, AbsolutePathClashException.class);

        assertThat(failure.message()).isEqualTo("@ProblemType on dev.statusproblems.cdi.fixtures.OutOfCreditException: status 403 conflicts with"
                + " dev.statusproblems.cdi.DeploymentFailureTest$AbsolutePathClashException, which declares the same type"
                + " '/problems/out-of-credit' with status 409; a problem type has one status");
    }

    @DeploymentFails(ReservedMemberException.class)
    void extensionMemberWithReservedNameFailsDeployment(DeploymentFailure failure) {
        assertThat(failure.message()).isEqualTo("@ProblemMember on dev.statusproblems.cdi.DeploymentFailureTest$ReservedMemberException.status:"
                + " 'status' is a member RFC 9457 defines and cannot be an extension member");
    }

    @DeploymentFails(NotAnException.class)
    void problemTypeOnClassThatIsNotAnExceptionFailsDeployment(DeploymentFailure failure) {
        assertThat(failure.message()).isEqualTo("@ProblemType on dev.statusproblems.cdi.DeploymentFailureTest$NotAnException: only exception classes"
                + " (subclasses of Throwable) can be problem types");
    }

    @DeploymentFails({RedirectException.class, SpacedTypeException.class, OutOfCreditException.class,
            SameTypeSameStatusException.class})
    void everyFaultIsReported(DeploymentFailure failure) {
        assertThat(failure.problems()).containsExactly(
                "@ProblemType on dev.statusproblems.cdi.DeploymentFailureTest$RedirectException: status 302 is not an error status; use 400–599",
                "@ProblemType on dev.statusproblems.cdi.DeploymentFailureTest$SpacedTypeException: type 'out of credit' is not a URI reference:"
                        + " Illegal character in path");
        assertThat(failure.message()).startsWith("Exception List with 2 exceptions:");
    }
}
