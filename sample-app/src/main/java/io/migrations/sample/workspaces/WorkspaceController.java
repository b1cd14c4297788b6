package io.migrations.sample.workspaces;

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

/** {@code /workspaces}: create, list, get. */
@RestController
@RequestMapping("/workspaces")
class WorkspaceController {

    private final WorkspaceRepository workspaces;

    WorkspaceController(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Workspace create(@Valid @RequestBody NewWorkspace workspace) {
        return workspaces.create(workspace);
    }

    @GetMapping
    List<Workspace> list() {
        return workspaces.findAll();
    }

    @GetMapping("/{id}")
    Workspace get(@PathVariable long id) {
        return workspaces.find(id).orElseThrow(() -> new NotFoundException("workspace", id));
    }
}
