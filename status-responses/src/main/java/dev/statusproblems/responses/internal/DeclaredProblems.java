package dev.statusproblems.responses.internal;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.StatusClass;
import dev.statusproblems.model.StatusProblems;
import dev.statusproblems.model.SuiteText;
import dev.statusproblems.model.internal.Text;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;

/**
 * The problem an exception whose class declares a {@code @ProblemType} stands for, as every sender
 * sends it: its message is the application's own by declaration and becomes the detail, cut to the
 * configured length; a server error's message gives way to the generic detail unless server error
 * details are on.
 */
public final class DeclaredProblems {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    private DeclaredProblems() {
    }

    /**
     * The problem {@code exception} stands for, titled in {@code language}; empty, after a warning,
     * when its declaration is invalid (the deployment reports that; the sender answers with a 500).
     */
    public static Optional<ProblemDetail> of(Throwable exception, Locale language, boolean serverErrorDetails,
            int detailMaxLength) {
        ProblemDetail.Builder declared;
        try {
            declared = StatusProblems.create().withLanguage(language).of(exception);
        } catch (IllegalArgumentException | IllegalStateException invalid) {
            LOG.log(Level.WARNING, "status-problems: " + invalid.getMessage());
            return Optional.empty();
        }
        ProblemDetail problem = declared.build();
        if (problem.httpStatus().statusClass() == StatusClass.SERVER_ERROR && !serverErrorDetails) {
            return Optional.of(declared.detail(SuiteText.SERVER_ERROR_DETAIL.in(language)).build());
        }
        String detail = problem.detail().orElse(null);
        return Optional.of(detail == null ? problem : declared.detail(Text.abbreviate(detail, detailMaxLength)).build());
    }
}
