package io.migrations.sample.apikeys;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A request to issue an API key.
 *
 * @param expiresAt when the key stops working; absent for a key that never expires
 */
public record NewApiKey(@NotBlank @Size(max = 100) String name, @Future OffsetDateTime expiresAt) {
}
