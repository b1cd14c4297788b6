package io.migrations.sample.apikeys;

import io.migrations.sample.web.NotFoundException;
import io.migrations.sample.workspaces.WorkspaceRepository;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /workspaces/{workspaceId}/api-keys}: issue, list, get. */
@RestController
@RequestMapping("/workspaces/{workspaceId}/api-keys")
class ApiKeyController {

    private final ApiKeyRepository apiKeys;
    private final WorkspaceRepository workspaces;
    private final SecureRandom random = new SecureRandom();

    ApiKeyController(ApiKeyRepository apiKeys, WorkspaceRepository workspaces) {
        this.apiKeys = apiKeys;
        this.workspaces = workspaces;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedApiKey issue(@PathVariable long workspaceId, @Valid @RequestBody NewApiKey apiKey) {
        requireWorkspace(workspaceId);
        KeyMaterial material = KeyMaterial.generate(random);
        return new IssuedApiKey(apiKeys.create(workspaceId, apiKey, material), material.key());
    }

    @GetMapping
    List<ApiKey> list(@PathVariable long workspaceId) {
        requireWorkspace(workspaceId);
        return apiKeys.findByWorkspace(workspaceId);
    }

    @GetMapping("/{id}")
    ApiKey get(@PathVariable long workspaceId, @PathVariable long id) {
        return apiKeys.find(workspaceId, id).orElseThrow(() -> new NotFoundException("API key", id));
    }

    private void requireWorkspace(long workspaceId) {
        workspaces.find(workspaceId).orElseThrow(() -> new NotFoundException("workspace", workspaceId));
    }
}
