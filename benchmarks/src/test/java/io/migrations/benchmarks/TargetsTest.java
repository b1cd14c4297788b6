package io.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {

    private static Result result(String scenario, String tool, int n, double ms) {
        return new Result(scenario, tool, n, List.of(ms, ms, ms));
    }

    @Test
    void judgesEachTargetOnMediansOfTheSameRun() {
        List<Result> results = List.of(
                result("apply", "jdbc", 1000, 1000), result("apply", "ours", 1000, 1100),
                result("apply", "jdbc", 5000, 5000), result("apply", "ours", 5000, 6500),
                result("apply", "flyway", 5000, 26000), result("apply", "liquibase", 5000, 12000),
                result("check", "ours", 5000, 80), result("graph", "ours", 100000, 1500),
                result("render", "svg", 1000, 120), result("render", "html", 1000, 1200),
                new Result("startup", "without-starter", 1000, List.of(400.0, 380.0, 420.0)),
                new Result("startup", "with-starter", 1000, List.of(470.0, 390.0, 480.0)),
                result(AutogenerateScenario.NAME, AutogenerateScenario.UPGRADE, AutogenerateScenario.SIZE, 900),
                result(AutogenerateScenario.NAME, AutogenerateScenario.AUTOGENERATE, AutogenerateScenario.SIZE, 2400),
                result(CliStartupScenario.NAME, CliStartupScenario.LAUNCHER, CliStartupScenario.SIZE, 280),
                result(CliStartupScenario.NAME, CliStartupScenario.ALEMBIC, CliStartupScenario.SIZE, 420));

        assertThat(Targets.evaluate(results)).extracting(Target::format).containsExactly(
                "apply n=1000: ours / jdbc = 1.10 x (target <= 1.20 x): met",
                "apply n=5000: ours / jdbc = 1.30 x (target <= 1.20 x): MISSED",
                "apply: ours ms per revision at n=5000 / at n=1000 (linear growth) = 1.18 x (target <= 1.25 x): met",
                "apply n=5000: flyway / ours = 4.00 x (target >= 3.00 x): met",
                "apply n=5000: liquibase / ours = 1.85 x (target >= 2.00 x): MISSED",
                "check n=5000: ours median = 80.00 ms (target <= 100 ms): met",
                "graph n=100000: ours median = 1500 ms (target <= 1000 ms): MISSED",
                "render n=1000: svg median = 120 ms (target <= 1000 ms): met",
                "render n=1000: html median = 1200 ms (target <= 1000 ms): MISSED",
                "startup: with starter - without starter, medians (nothing pending) = 70.00 ms (target <= 50.00 ms): MISSED",
                "startup: with starter - without starter, fastest runs (nothing pending) = 10.00 ms (target <= 50.00 ms): met",
                "autogen n=300: autogenerate - upgrade head, medians = 1500 ms (target <= 2000 ms): met",
                "cli n=1000: ours-bin median = 280 ms (target <= 300 ms): met",
                "cli n=1000: alembic / ours-bin = 1.50 x (target >= 1.00 x): met");
    }

    @Test
    void judgesOneTransactionPerRunAgainstRawJdbcCommittingPerRevisionAtEachSizeMeasured() {
        List<Result> results = List.of(
                result(ProcessApplyScenario.NAME, "jdbc", 1000, 3000), result(ProcessApplyScenario.NAME, "ours", 1000, 3300),
                result(ProcessApplyScenario.NAME, "ours-run", 1000, 1500));

        assertThat(Targets.evaluate(results)).extracting(Target::format)
                .contains("apply-process n=1000: jdbc / ours-run = 2.00 x (target >= 3.00 x): MISSED");
    }

    @Test
    void saysWhatWasNotMeasured() {
        assertThat(Targets.evaluate(List.of(result("graph", "ours", 10000, 50))))
                .extracting(Target::format)
                .containsExactly(
                        "apply n=5000: flyway / ours: not measured (target >= 3.00 x)",
                        "apply n=5000: liquibase / ours: not measured (target >= 2.00 x)",
                        "check n=5000: ours median: not measured (target <= 100 ms)",
                        "graph n=10000: ours median = 50.00 ms (target <= 1000 ms): met",
                        "render n=1000: svg median: not measured (target <= 1000 ms)",
                        "render n=1000: html median: not measured (target <= 1000 ms)",
                        "startup: with starter - without starter, medians (nothing pending): not measured (target <= 50.00 ms)",
                        "startup: with starter - without starter, fastest runs (nothing pending): not measured (target <= 50.00 ms)",
                        "autogen n=300: autogenerate - upgrade head, medians: not measured (target <= 2000 ms)",
                        "cli n=1000: ours-bin median: not measured (target <= 300 ms)",
                        "cli n=1000: alembic / ours-bin: not measured (target >= 1.00 x)");
    }
}
