package io.migrations.internal.author;

/** How a front end names a {@link Setting} in messages, e.g. {@code --rev-id}, so that the user knows what to change. */
@FunctionalInterface
public interface SettingNames {

    /** The name of {@code setting} as the user writes it. */
    String of(Setting setting);
}
