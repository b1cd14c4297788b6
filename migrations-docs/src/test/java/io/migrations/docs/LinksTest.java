package io.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link in README.md and docs/ points at a file that exists, and at a heading that exists. */
class LinksTest {

    @Test
    void relativeLinksAndAnchorsResolve() {
        Links links = Links.check(Docs.root(), Docs.markdownFiles());
        assertThat(links.checked()).as("relative links found").isGreaterThan(10);
        assertThat(links.broken()).as("broken links").isEmpty();
    }

    @Test
    void missingFilesAndHeadingsAreCaughtAndCodeIsNotALink(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/cli.md"), "# Command line\n\n## Offline SQL\n\n## Offline SQL\n");
        Files.writeString(root.resolve("README.md"), String.join("\n",
                "See [cli](docs/cli.md), [offline](docs/cli.md#offline-sql) and [again](docs/cli.md#offline-sql-1).",
                "Broken: [lint](lint-and-drift.md) and [nope](docs/cli.md#no-such-heading).",
                "Not links: `[x](missing.md)` and https://example.com, [web](https://example.com/a.md).",
                "```",
                "[y](also-missing.md)",
                "```",
                ""));
        Links links = Links.check(root, List.of(root.resolve("README.md")));
        assertThat(links.checked()).isEqualTo(5);
        assertThat(links.broken()).containsExactly(
                "README.md:2: lint-and-drift.md (no such file: lint-and-drift.md)",
                "README.md:2: docs/cli.md#no-such-heading (no heading with the id 'no-such-heading' in docs/cli.md)");
    }

    @Test
    void headingIdsAreGitHubs() {
        assertThat(Markdown.slug("Options and environment")).isEqualTo("options-and-environment");
        assertThat(Markdown.slug("The console: `/migrations`")).isEqualTo("the-console-migrations");
        assertThat(Markdown.slug("Render `preDeployCommand`")).isEqualTo("render-predeploycommand");
        assertThat(Markdown.slug("Migrate, then exit: the pre-deploy step")).isEqualTo("migrate-then-exit-the-pre-deploy-step");
        assertThat(Markdown.slug("[Spring Boot](spring-boot.md) 3.5 and 4.x")).isEqualTo("spring-boot-35-and-4x");
    }
}
