package dev.statusproblems.responses.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemType;
import dev.statusproblems.model.SuiteText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DeclaredProblemsTest {

    @ProblemType(type = "cart-locked", status = 409, title = "The cart is locked")
    static final class CartLockedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CartLockedException(String message) {
            super(message);
        }
    }

    @ProblemType(type = "ledger-down", status = 503)
    static final class LedgerDownException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LedgerDownException() {
            super("ledger at jdbc:postgresql://db as admin/s3cr3t is down");
        }
    }

    @ProblemType(type = "bad", status = 302)
    static final class RedirectException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void clientErrorKeepsTheDeclaredMessageCutToTheLength() {
        ProblemDetail problem = DeclaredProblems.of(new CartLockedException("Cart 7 is being paid"), Locale.ENGLISH,
                false, 10).orElseThrow();

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.title()).isEqualTo("The cart is locked");
        assertThat(problem.detail()).contains("Cart 7 is…");
    }

    @Test
    void serverErrorMessageGivesWayToTheGenericDetail() {
        ProblemDetail problem = DeclaredProblems.of(new LedgerDownException(), Locale.KOREAN, false, 512).orElseThrow();

        assertThat(problem.detail()).contains(SuiteText.SERVER_ERROR_DETAIL.in(Locale.KOREAN));
    }

    @Test
    void serverErrorMessageIsShownWithServerErrorDetailsOn() {
        assertThat(DeclaredProblems.of(new LedgerDownException(), Locale.ENGLISH, true, 512).orElseThrow().detail())
                .hasValueSatisfying(detail -> assertThat(detail).contains("is down"));
    }

    @Test
    void invalidDeclarationGivesNoProblem() {
        assertThat(DeclaredProblems.of(new RedirectException(), Locale.ENGLISH, false, 512)).isEmpty();
    }
}
