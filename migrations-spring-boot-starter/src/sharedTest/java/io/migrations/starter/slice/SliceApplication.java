package io.migrations.starter.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the test slices of this package find, as a user's application class. */
@SpringBootApplication
public class SliceApplication {
}
