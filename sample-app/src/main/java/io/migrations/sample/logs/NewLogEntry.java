package io.migrations.sample.logs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A request to record a call.
 *
 * @param currency ISO 4217 code of the provider's bill; {@code USD} when absent
 * @param error    the provider's error message when the call failed; sets the status to {@code error}
 */
public record NewLogEntry(@NotNull Long workspaceId, Long userId,
                          @NotBlank @Size(max = 50) String provider,
                          @Size(max = 100) String model,
                          @PositiveOrZero BigDecimal costUsd,
                          @Pattern(regexp = "[A-Z]{3}") String currency,
                          @PositiveOrZero Long latencyMs,
                          @Size(max = 2000) String error) {

    static final String DEFAULT_CURRENCY = "USD";

    public NewLogEntry {
        currency = currency == null ? DEFAULT_CURRENCY : currency;
    }

    /** The status a log gets, as revision d944a7244af3 set it for the logs written before. */
    String status() {
        return error == null ? "ok" : "error";
    }
}
