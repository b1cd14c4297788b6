package io.migrations.modelcheck.extra;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application whose JPA entities are those of this package. */
@SpringBootApplication
public class ExtraColumnApplication {
}
