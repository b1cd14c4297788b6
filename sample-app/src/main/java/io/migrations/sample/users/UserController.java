package io.migrations.sample.users;

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

/** {@code /users}: create, list, get. */
@RestController
@RequestMapping("/users")
class UserController {

    private final UserRepository users;

    UserController(UserRepository users) {
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    User create(@Valid @RequestBody NewUser user) {
        return users.create(user);
    }

    @GetMapping
    List<User> list() {
        return users.findAll();
    }

    @GetMapping("/{id}")
    User get(@PathVariable long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }
}
