package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @ProblemType(type = "out-of-credit", status = 403, title = "You do not have enough credit",
            description = "The account's balance does not cover the purchase.")
    static class OutOfCreditException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @ProblemMember
        private final int balance;
        private final List<String> accounts;

        OutOfCreditException(int balance, List<String> accounts) {
            super("Your current balance is " + balance);
            this.balance = balance;
            this.accounts = accounts;
        }

        @ProblemMember
        public List<String> getAccounts() {
            return accounts;
        }
    }

    @ProblemType(type = "https://example.com/probs/conflict", status = 409)
    static class UntitledException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static class SubclassException extends OutOfCreditException {
        private static final long serialVersionUID = 1L;

        @ProblemMember("tier")
        final String level = "gold";

        SubclassException() {
            super(5, List.of());
        }
    }

    @ProblemType(type = "ok", status = 200)
    static class SuccessException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ProblemType(type = "bad uri", status = 400)
    static class BadTypeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ProblemType(type = "reserved", status = 400)
    static class ReservedMemberException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @ProblemMember("status")
        int code;
    }

    @ProblemType(type = "twice", status = 400)
    static class DuplicateMemberException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @ProblemMember("x")
        int a;

        @ProblemMember("x")
        int b;
    }

    @ProblemType(type = "param", status = 400)
    static class ParameterMemberException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @ProblemMember
        String value(int index) {
            return "" + index;
        }
    }

    @ProblemType(type = "not-an-exception", status = 400)
    static class NotAnException {
    }

    @Test
    void exceptionBecomesItsDeclaredProblem() {
        ProblemDetail problem = StatusProblems.create()
                .of(new OutOfCreditException(30, List.of("/account/1"))).build();

        assertThat(problem.type()).isEqualTo(URI.create("out-of-credit"));
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.title()).isEqualTo("You do not have enough credit");
        assertThat(problem.detail()).contains("Your current balance is 30");
        assertThat(problem.extensions()).containsExactly(
                java.util.Map.entry("balance", 30), java.util.Map.entry("accounts", List.of("/account/1")));
    }

    @Test
    void relativeTypeIsResolvedAgainstTheTypeBase() {
        ProblemDetail problem = StatusProblems.create().withTypeBase(URI.create("https://api.example.com/problems/"))
                .of(OutOfCreditException.class).build();

        assertThat(problem.type()).hasToString("https://api.example.com/problems/out-of-credit");
    }

    @Test
    void absoluteTypeIsKeptWhateverTheTypeBase() {
        ProblemDetail problem = StatusProblems.create().withTypeBase(URI.create("/problems/"))
                .of(UntitledException.class).build();

        assertThat(problem.type()).hasToString("https://example.com/probs/conflict");
    }

    @Test
    void missingTitleIsTheReasonPhrase() {
        assertThat(ProblemTypeDefinition.of(UntitledException.class).title()).isEqualTo("Conflict");
    }

    @Test
    void missingTitleIsTheStatusTitleInTheLanguageAskedFor() {
        ProblemDetail problem = StatusProblems.create().withLanguage(Locale.KOREAN)
                .of(new UntitledException()).build();

        assertThat(problem.title()).isEqualTo("충돌");
        assertThat(ProblemTypeDefinition.of(UntitledException.class).title(Locale.KOREAN)).isEqualTo("충돌");
    }

    @Test
    void declaredTitleIsTheApplicationsOwnInEveryLanguage() {
        ProblemDetail problem = StatusProblems.create().withLanguage(Locale.KOREAN)
                .of(OutOfCreditException.class).build();

        assertThat(problem.title()).isEqualTo("You do not have enough credit");
    }

    @Test
    void subclassInheritsTheTypeAndAddsItsMembers() {
        ProblemDetail problem = StatusProblems.create().of(new SubclassException()).build();

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.extensions().keySet()).containsExactly("balance", "accounts", "tier");
    }

    @Test
    void definitionIsDescribedAndCached() {
        ProblemTypeDefinition definition = ProblemTypeDefinition.of(OutOfCreditException.class);

        assertThat(definition).isSameAs(ProblemTypeDefinition.of(OutOfCreditException.class));
        assertThat(definition.description()).isEqualTo("The account's balance does not cover the purchase.");
        assertThat(definition.memberNames()).containsExactly("balance", "accounts");
        assertThat(definition.exceptionClass()).isEqualTo(OutOfCreditException.class);
    }

    @Test
    void successStatusIsRefusedNamingTheClass() {
        assertThatThrownBy(() -> ProblemTypeDefinition.of(SuccessException.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ProblemType on " + SuccessException.class.getName()
                        + ": status 200 is not an error status; use 400–599");
    }

    @Test
    void invalidTypeUriIsRefusedNamingTheClass() {
        assertThatThrownBy(() -> ProblemTypeDefinition.of(BadTypeException.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ProblemType on " + BadTypeException.class.getName()
                        + ": type 'bad uri' is not a URI reference: Illegal character in path");
    }

    @Test
    void reservedMemberNameIsRefusedNamingTheClassAndMember() {
        assertThatThrownBy(() -> ProblemTypeDefinition.of(ReservedMemberException.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ProblemMember on " + ReservedMemberException.class.getName()
                        + ".code: 'status' is a member RFC 9457 defines and cannot be an extension member");
    }

    @Test
    void twoMembersWithOneNameAreRefused() {
        assertThatThrownBy(() -> ProblemTypeDefinition.of(DuplicateMemberException.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ProblemMember on " + DuplicateMemberException.class.getName()
                        + ".b: another member of " + DuplicateMemberException.class.getName()
                        + " is already named 'x'");
    }

    @Test
    void memberMethodWithParametersIsRefused() {
        assertThatThrownBy(() -> ProblemTypeDefinition.of(ParameterMemberException.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ProblemMember on " + ParameterMemberException.class.getName()
                        + ".value: a member method must be an instance method that takes no parameters and"
                        + " returns a value");
    }

    @Test
    void classThatIsNotAnExceptionIsRefused() {
        assertThatThrownBy(() -> ProblemTypeDefinition.of(NotAnException.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ProblemType on " + NotAnException.class.getName()
                        + ": only exception classes (subclasses of Throwable) can be problem types");
    }

    @Test
    void unannotatedClassIsRefused() {
        assertThatThrownBy(() -> StatusProblems.create().of(IllegalStateException.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.IllegalStateException is not annotated with @ProblemType");
    }
}
