package io.migrations.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * Takes the value of a global option from the environment when it is not on the command line:
 * {@code --url} from {@code DATABASE_URL} (the variable Render, Heroku and docker-compose set), every other
 * global option {@code --some-name} from {@code MIGRATIONS_SOME_NAME}.
 *
 * @param environment the process environment (a map, so that tests can pass their own)
 */
public record EnvironmentDefaults(Map<String, String> environment) implements IDefaultValueProvider {

    /** The variable {@code --url} is read from. */
    public static final String DATABASE_URL = "DATABASE_URL";

    public EnvironmentDefaults {
        environment = Map.copyOf(environment);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        return variable(argument).map(environment::get).filter(value -> !value.isBlank()).orElse(null);
    }

    /**
     * Names the provider without its values: picocli builds this string for every option it defaults, so the
     * record's own form would format the whole environment each time (measurable in a no-op command's start-up)
     * and, in a picocli trace, print {@code MIGRATIONS_PASSWORD}.
     */
    @Override
    public String toString() {
        return "environment variables";
    }

    /** The environment variable an option reads, if it is a global option. */
    public static Optional<String> variable(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || option.scopeType() != ScopeType.INHERIT) {
            return Optional.empty();
        }
        String name = option.longestName();
        if (name.equals("--url")) {
            return Optional.of(DATABASE_URL);
        }
        return Optional.of("MIGRATIONS_" + name.substring(2).replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
