package io.migrations.sample.web;

/** A resource addressed by id does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, long id) {
        super("No " + resource + " with id " + id);
    }
}
