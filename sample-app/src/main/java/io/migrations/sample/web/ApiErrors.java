package io.migrations.sample.web;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the errors the REST API expects into problem details, so a client learns what was wrong with its request
 * instead of getting a 500.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateKeyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Already exists: " + e.getMostSpecificCause().getMessage());
    }

    /** Foreign keys and checks the request broke, e.g. a log for a user that does not exist. */
    @ExceptionHandler
    ProblemDetail constraintViolated(DataIntegrityViolationException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Rejected by the database: " + e.getMostSpecificCause().getMessage());
    }
}
