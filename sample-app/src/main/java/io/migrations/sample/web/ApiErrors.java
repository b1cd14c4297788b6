package io.migrations.sample.web;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the errors a client can cause into problem details that say what to fix, instead of a 500 or a bare
 * "Invalid request content". Database messages stay in the log: they quote SQL and values.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        String fields = e.getFieldErrors().stream()
                .map(error -> error.getField() + " " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request: " + fields);
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateKeyException e) {
        logRejected(e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Already exists: a value that must be unique (email, slug) is taken");
    }

    /** Foreign keys and checks the request broke, e.g. a log for a workspace that does not exist. */
    @ExceptionHandler
    ProblemDetail constraintViolated(DataIntegrityViolationException e) {
        logRejected(e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Refers to a workspace or user that does not exist, or breaks a rule of the schema");
    }

    private static void logRejected(DataIntegrityViolationException e) {
        log.info("Request rejected by the database: {}", e.getMostSpecificCause().getMessage());
    }
}
