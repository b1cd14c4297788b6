package io.migrations.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.migrations.api.TargetException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every target form Alembic accepts, classified as Alembic's parser sees it. */
class TargetTest {

    @Test
    void symbolicTargets() {
        assertThat(Target.parse("head")).isEqualTo(new Target.Head("head", Optional.empty()));
        assertThat(Target.parse("heads")).isEqualTo(new Target.Heads("heads", Optional.empty()));
        assertThat(Target.parse("base")).isEqualTo(new Target.Base("base", Optional.empty()));
        assertThat(Target.parse("mybranch@head")).isEqualTo(new Target.Head("mybranch@head", Optional.of("mybranch")));
        assertThat(Target.parse("mybranch@heads")).isEqualTo(new Target.Heads("mybranch@heads",
                Optional.of("mybranch")));
        assertThat(Target.parse("mybranch@base")).isEqualTo(new Target.Base("mybranch@base", Optional.of("mybranch")));
    }

    @Test
    void idsPrefixesAndQualifiedIds() {
        assertThat(Target.parse("1a2b3c4d")).isEqualTo(new Target.Id("1a2b3c4d", Optional.empty(), "1a2b3c4d"));
        assertThat(Target.parse("1a2b")).isEqualTo(new Target.Id("1a2b", Optional.empty(), "1a2b"));
        assertThat(Target.parse("mybranch@1a2b")).isEqualTo(new Target.Id("mybranch@1a2b", Optional.of("mybranch"),
                "1a2b"));
    }

    @Test
    void relativeTargets() {
        assertThat(Target.parse("+2")).isEqualTo(new Target.Relative("+2", Optional.empty(), Optional.empty(), 2));
        assertThat(Target.parse("-1")).isEqualTo(new Target.Relative("-1", Optional.empty(), Optional.empty(), -1));
        assertThat(Target.parse("ae10+2")).isEqualTo(new Target.Relative("ae10+2", Optional.empty(),
                Optional.of("ae10"), 2));
        assertThat(Target.parse("head-1")).isEqualTo(new Target.Relative("head-1", Optional.empty(),
                Optional.of("head"), -1));
        assertThat(Target.parse("mybranch@+1")).isEqualTo(new Target.Relative("mybranch@+1", Optional.of("mybranch"),
                Optional.empty(), 1));
        assertThat(Target.parse("mybranch@ae10-3")).isEqualTo(new Target.Relative("mybranch@ae10-3",
                Optional.of("mybranch"), Optional.of("ae10"), -3));
    }

    @Test
    void relativePatternMatchesAtTheStartOnlyAsPythonsMatchDoes() {
        assertThat(Target.parse("ae10+2xyz")).isInstanceOf(Target.Relative.class)
                .extracting(target -> ((Target.Relative) target).steps()).isEqualTo(2);
    }

    @Test
    void rejectedTexts() {
        assertThatThrownBy(() -> Target.parse("")).isInstanceOf(TargetException.class)
                .hasMessageStartingWith("An empty revision target was given");
        assertThatThrownBy(() -> Target.parse("mybranch@")).hasMessageContaining("has nothing after '@'");
        assertThatThrownBy(() -> Target.parse("@head")).hasMessageContaining("has nothing before '@'");
        assertThatThrownBy(() -> Target.parse("+99999999999")).hasMessageContaining("is too large");
    }
}
