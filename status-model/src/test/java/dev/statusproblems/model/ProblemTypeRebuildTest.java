package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's direction: an exception rebuilt from a problem, on the definition the server reads with. */
class ProblemTypeRebuildTest {

    enum Plan { BASIC, GOLD }

    @ProblemType(type = "out-of-credit", status = 403, title = "You do not have enough credit")
    static class OutOfCreditException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        @ProblemMember
        private final int balance;
        @ProblemMember
        private final long cost;

        OutOfCreditException(int balance, long cost) {
            super("Your current balance is " + balance + ", but that costs " + cost + ".");
            this.balance = balance;
            this.cost = cost;
        }
    }

    @ProblemType(type = "https://example.com/problems/plan", status = 409)
    static class PlanException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        @ProblemMember
        private Plan plan;
        @ProblemMember("price")
        private BigDecimal amount;
        @ProblemMember
        private List<Object> accounts;

        PlanException(String message) {
            super(message);
        }
    }

    @ProblemType(type = "limit", status = 429)
    static class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        LimitException(String message, int limit) {
            super(message);
            this.limit = limit;
        }

        @ProblemMember
        int limit() {
            return limit;
        }
    }

    @ProblemType(type = "computed", status = 400)
    static class ComputedMemberException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ComputedMemberException() {
        }

        @ProblemMember
        int limit() {
            return 3;
        }
    }

    @ProblemType(type = "dated", status = 400)
    static class DatedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        @ProblemMember
        private LocalDate due;

        DatedException() {
        }
    }

    @Test
    void constructorTakingTheMembersInDeclarationOrderBuildsTheException() {
        ProblemDetail problem = ProblemDetail.builder(403).type("out-of-credit")
                .detail("Your current balance is 30, but that costs 50.").with("balance", 30).with("cost", 50).build();

        Throwable rebuilt = ProblemTypeDefinition.of(OutOfCreditException.class).toException(problem);

        assertThat(rebuilt).isInstanceOf(OutOfCreditException.class)
                .hasMessage("Your current balance is 30, but that costs 50.");
        assertThat(((OutOfCreditException) rebuilt).balance).isEqualTo(30);
        assertThat(((OutOfCreditException) rebuilt).cost).isEqualTo(50L);
    }

    @Test
    void messageConstructorTakesTheDetailAndTheMemberFieldsAreSet() {
        ProblemDetail problem = ProblemDetail.builder(409).type("https://example.com/problems/plan")
                .detail("Downgrade first").with("plan", "GOLD").with("price", new BigDecimal("9.50"))
                .with("accounts", List.of("a", 2)).build();

        PlanException rebuilt = (PlanException) ProblemTypeDefinition.of(PlanException.class).toException(problem);

        assertThat(rebuilt).hasMessage("Downgrade first");
        assertThat(rebuilt.plan).isEqualTo(Plan.GOLD);
        assertThat(rebuilt.amount).isEqualByComparingTo("9.50");
        assertThat(rebuilt.accounts).containsExactly("a", 2);
    }

    @Test
    void messageAndMembersConstructorServesAMemberMethod() {
        ProblemDetail problem = ProblemDetail.builder(429).type("limit").with("limit", 10).build();

        LimitException rebuilt = (LimitException) ProblemTypeDefinition.of(LimitException.class).toException(problem);

        assertThat(rebuilt.limit()).isEqualTo(10);
        assertThat(rebuilt).hasMessage("Too Many Requests");
    }

    @Test
    void memberTheProblemLacksKeepsItsJavaDefault() {
        ProblemDetail problem = ProblemDetail.builder(403).type("out-of-credit").with("balance", 30).build();

        OutOfCreditException rebuilt = (OutOfCreditException) ProblemTypeDefinition.of(OutOfCreditException.class)
                .toException(problem);

        assertThat(rebuilt.cost).isZero();
    }

    @Test
    void memberOfAnotherKindIsNamedInTheError() {
        ProblemDetail problem = ProblemDetail.builder(403).type("out-of-credit").with("balance", "lots").build();

        assertThatThrownBy(() -> ProblemTypeDefinition.of(OutOfCreditException.class).toException(problem))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member 'balance' is declared int, but the problem holds the string \"lots\"");
    }

    @Test
    void wholeNumberMemberRefusesAFraction() {
        ProblemDetail problem = ProblemDetail.builder(403).type("out-of-credit")
                .with("balance", new BigDecimal("30.5")).build();

        assertThatThrownBy(() -> ProblemTypeDefinition.of(OutOfCreditException.class).toException(problem))
                .hasMessage("member 'balance' is declared int, but the problem holds the number 30.5");
    }

    @Test
    void memberMethodWithoutAMatchingConstructorMakesTheClassUnbuildable() {
        assertThatThrownBy(() -> ProblemTypeDefinition.of(ComputedMemberException.class).requireConstructible())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ProblemType " + ComputedMemberException.class.getName() + " cannot be built from a"
                        + " problem: it needs a constructor taking (String, int) or (int) (a member method cannot"
                        + " be set otherwise)");
    }

    @Test
    void memberOfATypeAProblemCannotHoldMakesTheClassUnbuildable() {
        assertThatThrownBy(() -> ProblemTypeDefinition.of(DatedException.class).requireConstructible())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ProblemMember on " + DatedException.class.getName() + ".due: a client cannot read a"
                        + " member of type java.time.LocalDate from a problem; use a String, a number, a Boolean,"
                        + " an enum, a URI, a List or a Map");
    }

    @Test
    void serverStillSendsAnExceptionAClientCannotBuild() {
        ProblemDetail sent = StatusProblems.create().of(new ComputedMemberException()).build();

        assertThat(sent.extensions()).containsEntry("limit", 3);
    }

    @Test
    void relativeDeclaredTypeMatchesItUnderAnyContextRootWithTheDeclaredStatus() {
        ProblemTypeDefinition definition = ProblemTypeDefinition.of(OutOfCreditException.class);

        assertThat(definition.isTypeOf(ProblemDetail.builder(403)
                .type("http://localhost:8080/shop/problems/out-of-credit").build())).isTrue();
        assertThat(definition.isTypeOf(ProblemDetail.builder(403)
                .type("http://localhost:8080/shop/problems/not-out-of-credit").build())).isFalse();
        assertThat(definition.isTypeOf(ProblemDetail.builder(409)
                .type("http://localhost:8080/shop/problems/out-of-credit").build())).isFalse();
    }

    @Test
    void absoluteDeclaredTypeMatchesOnlyItself() {
        ProblemTypeDefinition definition = ProblemTypeDefinition.of(PlanException.class);

        assertThat(definition.isTypeOf(ProblemDetail.builder(409).type(URI.create("https://example.com/problems/plan"))
                .build())).isTrue();
        assertThat(definition.isTypeOf(ProblemDetail.builder(409).type("https://example.org/problems/plan")
                .build())).isFalse();
    }
}
