package io.migrations.sample.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to create a user.
 *
 * @param email unique
 * @param role  {@code member} (when absent) or {@code admin}
 */
public record NewUser(@NotBlank @Email @Size(max = 255) String email,
                      @Size(max = 255) String name,
                      @Pattern(regexp = "member|admin") String role) {

    static final String DEFAULT_ROLE = "member";

    public NewUser {
        role = role == null ? DEFAULT_ROLE : role;
    }
}
