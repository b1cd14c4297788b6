package io.migrations.sample.workspaces;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to create a workspace.
 *
 * @param slug its unique name in URLs
 * @param plan {@code free} (when absent), {@code team} or {@code enterprise}
 */
public record NewWorkspace(@NotBlank @Size(max = 100) String name,
                           @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}") String slug,
                           @Pattern(regexp = "free|team|enterprise") String plan) {

    static final String DEFAULT_PLAN = "free";

    public NewWorkspace {
        plan = plan == null ? DEFAULT_PLAN : plan;
    }
}
