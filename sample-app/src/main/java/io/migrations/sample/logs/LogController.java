package io.migrations.sample.logs;

import io.migrations.sample.web.NotFoundException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /logs}: record, list (newest first, filtered by workspace and provider), get. */
@RestController
@RequestMapping("/logs")
class LogController {

    private final LogRepository logs;

    LogController(LogRepository logs) {
        this.logs = logs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LogEntry create(@Valid @RequestBody NewLogEntry log) {
        return logs.create(log);
    }

    @GetMapping
    List<LogEntry> list(@Valid LogQuery query) {
        return logs.find(query);
    }

    @GetMapping("/{id}")
    LogEntry get(@PathVariable long id) {
        return logs.find(id).orElseThrow(() -> new NotFoundException("log", id));
    }
}
