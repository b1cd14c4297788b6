package io.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTest {

    @Test
    void medianOfAnOddNumberOfRunsIsTheMiddleOne() {
        Result result = new Result("apply", "ours", 10, List.of(30.0, 10.0, 20.0));

        assertThat(result.median()).isEqualTo(20.0);
        assertThat(result.min()).isEqualTo(10.0);
    }

    @Test
    void medianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        assertThat(new Result("apply", "ours", 10, List.of(40.0, 10.0, 30.0, 20.0)).median()).isEqualTo(25.0);
    }

    @Test
    void needsAtLeastOneRun() {
        assertThatThrownBy(() -> new Result("apply", "ours", 10, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apply/ours/10");
    }
}
