#!/usr/bin/python3
"""Differential oracle: real Alembic's answers on random revision graphs, written as a fixture for Java tests.

Run with the system Python that has Alembic 1.8.1 installed:

    /usr/bin/python3 migrations-core/src/test/alembic/oracle.py \
        > migrations-core/src/test/resources/alembic-oracle/fixtures.txt

Alembic keeps some intermediate results in Python sets, whose iteration order changes with the string hash seed.
The driver therefore runs the generator once per hash seed (same random graphs and commands each time) and
merges the runs line by line: a line all runs agree on is written as is; otherwise an "alt" line announces the
distinct variants that follow, and the Java test accepts any variant whose inputs match its own.

Line format (tab separated):
    graph   <seed>
    rev     <id> <down_revision,..> <depends_on,..> <branch_labels,..>     ("-" for none), in load order
    q       <query> <answer>                  heads, realheads, bases, labels:<id>, resolve:<target>,
                                              current:<rows> (what `alembic current` shows, sorted), ...
    hist    <range> <current rows> <answer>   history -r <range>, newest first
    cmd     <command> <argument> <rows before> <answer> <rows after>
    alt     <count>                           the next <count> lines are variants of one line
An answer is a comma list, "!<message>" for an error. Steps are joined by ";", each as
"<direction>|<revision>|<from,..>|<to,..>|<op,..>" with ops I.<rev>, D.<rev>, U.<from>.<to>.
"""

import io
import os
import random
import subprocess
import sys
import types
import warnings

GRAPHS = 240
HASH_SEEDS = range(24)
COMMANDS_PER_GRAPH = 14


def emit_all(out):
    from alembic.runtime.migration import MigrationContext

    warnings.simplefilter("ignore")
    context = MigrationContext.configure(
        dialect_name="postgresql", opts={"as_sql": True, "output_buffer": io.StringIO()}
    )
    for seed in range(GRAPHS):
        Case(seed, context, out).emit()


class Case:
    """One random graph and everything asked about it."""

    def __init__(self, seed, context, out):
        self.seed = seed
        self.rng = random.Random(seed)
        self.context = context
        self.out = out
        self.specs = GraphGenerator(self.rng).generate()
        self.ids = [spec[0] for spec in self.specs]
        self.labels = [label for spec in self.specs for label in spec[3]]

    def line(self, *fields):
        self.out.write("\t".join(fields) + "\n")

    def emit(self):
        self.line("graph", str(self.seed))
        for rev_id, down, deps, labels in self.specs:
            self.line("rev", rev_id, joined(down), joined(deps), joined(labels))
        script = self.script()
        rmap = script.revision_map
        self.line("q", "heads", ",".join(rmap.heads))
        self.line("q", "realheads", ",".join(rmap._real_heads))
        self.line("q", "bases", ",".join(rmap.bases))
        self.line("q", "realbases", ",".join(rmap._real_bases))
        for rev_id in self.ids:
            rev = rmap.get_revision(rev_id)
            self.line("q", "labels:" + rev_id, ",".join(sorted(rev.branch_labels)))
            self.line("q", "normalized:" + rev_id, ",".join(sorted(rev._normalized_down_revisions)))
        for target in self.targets():
            self.line("q", "resolve:" + target, answer(lambda: ids_of(script.get_revisions(target))))
        for _ in range(4):
            rows = self.rng.sample(self.ids, self.rng.choice([1, 2, 3]))
            self.line("q", "current:" + ",".join(rows),
                      answer(lambda: sorted(rev.revision for rev in script.get_all_current(tuple(rows)))))
        commands = self.commands()
        ranges = self.history_ranges()
        rows = []
        for command in commands:
            rows = self.run_command(script, command, rows)
        for history_range, current in ranges:
            self.line("hist", history_range, ",".join(current),
                      answer(lambda: history(script, history_range, current)))

    def script(self):
        from alembic.script.base import ScriptDirectory
        from alembic.script.revision import Revision, RevisionMap

        revisions = []
        for rev_id, down, deps, labels in self.specs:
            revision = Revision(rev_id, tuple(down) or None, dependencies=tuple(deps) or None,
                                branch_labels=tuple(labels))
            revision.module = types.SimpleNamespace(upgrade=noop, downgrade=noop)
            revisions.append(revision)
        script = ScriptDirectory.__new__(ScriptDirectory)
        script.revision_map = RevisionMap(lambda: revisions)
        return script

    def targets(self):
        rng = self.rng
        ids = self.ids
        pool = ["heads", "head", "base", "+1", "+2", "-1", "-2", "+9", "nosuch", "zz@head"]
        pool += rng.sample(ids, min(4, len(ids)))
        pool += [rid[:4] for rid in rng.sample(ids, 2)] + [ids[0][:3]]
        pool += [rng.choice(ids) + "+1", rng.choice(ids) + "-1", rng.choice(ids) + "+2", rng.choice(ids) + "-2"]
        pool += [rng.choice(ids) + "@head", rng.choice(ids) + "@" + rng.choice(ids)]
        for label in self.labels:
            pool += [label, label + "@head", label + "@heads", label + "@base", label + "@+1", label + "@-1",
                     label + "@" + rng.choice(ids), label + "@+2"]
        return pool

    def commands(self):
        rng = self.rng
        targets = self.targets()
        commands = []
        for _ in range(COMMANDS_PER_GRAPH):
            kind = rng.choice(["upgrade", "upgrade", "upgrade", "downgrade", "downgrade", "stamp", "offline",
                               "offline-downgrade"])
            if kind == "stamp":
                count = rng.choice([1, 1, 1, 2])
                chosen = [rng.choice(targets + self.ids) for _ in range(count)]
                commands.append(("stamp-purge" if rng.random() < 0.2 else "stamp", " ".join(chosen)))
            elif kind == "offline":
                start = rng.choice(["base", rng.choice(self.ids), rng.choice(self.ids)[:5], "head"])
                commands.append(("offline-upgrade", start + ":" + rng.choice(targets)))
            elif kind == "offline-downgrade":
                start = rng.choice([rng.choice(self.ids), "heads", "head"])
                commands.append(("offline-downgrade", start + ":" + rng.choice(targets)))
            else:
                commands.append((kind, rng.choice(targets + self.ids)))
        return commands

    def history_ranges(self):
        rng = self.rng
        ids = self.ids
        ranges = [":", "base:", ":heads", "-1:", "-3:", ":-1", "base:" + rng.choice(ids),
                  rng.choice(ids) + ":", rng.choice(ids) + ":" + rng.choice(ids), rng.choice(ids)[:4] + ":heads",
                  "current:", ":current", "-2:current", "current:heads"]
        for label in self.labels[:2]:
            ranges += [label + "@base:" + label + "@head", label + "@base:heads", ":" + label + "@head"]
        result = []
        for history_range in ranges:
            current = sorted(rng.sample(self.ids, rng.choice([0, 1, 1, 2])))
            result.append((history_range, current))
        return result

    def run_command(self, script, command, rows):
        kind, argument = command
        before = list(rows)
        try:
            steps, rows_after = self.plan(script, kind, argument, rows)
        except Exception as error:  # every failure of Alembic counts as an error
            self.line("cmd", kind, argument, ",".join(before), "!" + describe(error), ",".join(before))
            return before
        if kind.startswith("offline-"):
            self.line("cmd", kind, argument, "", ";".join(steps), ",".join(rows_after))
            return before
        self.line("cmd", kind, argument, ",".join(before), ";".join(steps), ",".join(rows_after))
        return rows_after

    def plan(self, script, kind, argument, rows):
        if kind == "upgrade":
            return self.maintain(script._upgrade_revs(argument, tuple(rows)), rows)
        if kind == "downgrade":
            return self.maintain(script._downgrade_revs(argument, tuple(rows)), rows)
        if kind.startswith("offline-"):
            start, destination = argument.split(":", 2)
            heads = () if start == "base" else (script.get_revision(start).revision,)
            if kind == "offline-upgrade":
                return self.maintain(script._upgrade_revs(destination, heads), list(heads))
            return self.maintain(script._downgrade_revs(destination, heads), list(heads))
        start_rows = [] if kind == "stamp-purge" else rows
        return self.maintain(script._stamp_revs(tuple(argument.split(" ")), tuple(start_rows)), start_rows)

    def maintain(self, steps, rows):
        maintainer = RecordingMaintainer(self.context, rows)
        described = []
        for step in steps:
            maintainer.ops = []
            maintainer.update_to_step(step)
            described.append(describe_step(step, maintainer.ops))
        return described, maintainer.rows


class GraphGenerator:
    """Random revision graphs: branches, merges of heads, labels, cross-branch depends_on, shuffled load order."""

    def __init__(self, rng):
        self.rng = rng

    def generate(self):
        rng = self.rng
        count = rng.randint(5, 40)
        ids = self.make_ids(count)
        specs = []
        children = {}
        label_count = 0
        for index, rev_id in enumerate(ids):
            down = self.pick_parents(index, ids, children)
            for parent in down:
                children.setdefault(parent, []).append(rev_id)
            deps = []
            if index > 1 and rng.random() < 0.2:
                deps = rng.sample(ids[:index], rng.choice([1, 1, 1, 2]) if index > 2 else 1)
                deps = [d for d in deps if d not in down]
            labels = []
            if (not down or (len(down) == 1 and len(children[down[0]]) > 1)) and rng.random() < 0.5:
                label_count += 1
                labels = ["lbl%d" % label_count]
            specs.append([rev_id, down, deps, labels])
        self.use_labels_in_deps(specs)
        rng.shuffle(specs)
        return specs

    def make_ids(self, count):
        rng = self.rng
        ids = []
        while len(ids) < count:
            if ids and rng.random() < 0.15:
                rev_id = rng.choice(ids)[:4] + "".join(rng.choice("0123456789abcdef") for _ in range(4))
            else:
                rev_id = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([6, 8, 12])))
            if rev_id not in ids and rev_id not in ("head", "heads", "base"):
                ids.append(rev_id)
        return ids

    def pick_parents(self, index, ids, children):
        rng = self.rng
        if index == 0 or rng.random() < 0.08:
            return []
        heads = [rid for rid in ids[:index] if rid not in children]
        roll = rng.random()
        if roll < 0.2 and len(heads) > 1:
            return rng.sample(heads, rng.choice([2, 2, 3]) if len(heads) > 2 else 2)
        if roll < 0.5:
            return [rng.choice(ids[:index])]
        return [rng.choice(heads) if heads else ids[index - 1]]

    def use_labels_in_deps(self, specs):
        owners = {spec[0]: spec[3][0] for spec in specs if spec[3]}
        for spec in specs:
            spec[2] = [owners[d] if d in owners and self.rng.random() < 0.3 else d for d in spec[2]]


class RecordingMaintainer:
    """Alembic's HeadMaintainer with every version-table change recorded (and rows kept in table order)."""

    def __new__(cls, context, rows):
        from alembic.runtime.migration import HeadMaintainer

        class Recording(HeadMaintainer):
            def __init__(self):
                super().__init__(context, rows)
                self.rows = list(rows)
                self.ops = []

            def _insert_version(self, version):
                super()._insert_version(version)
                self.ops.append("I." + version)
                self.rows.append(version)

            def _delete_version(self, version):
                super()._delete_version(version)
                self.ops.append("D." + version)
                self.rows.remove(version)

            def _update_version(self, from_, to_):
                super()._update_version(from_, to_)
                self.ops.append("U.%s.%s" % (from_, to_))
                self.rows.remove(from_)
                self.rows.append(to_)

        return Recording()


def history(script, history_range, current):
    """command.history's choice of bounds, with `current` standing for the database heads."""
    base, head = history_range.strip().split(":")
    current = tuple(current)
    if head == "current":
        base, head = base, current
    elif base == "current":
        base, head = current, head
    return [sc.revision for sc in script.walk_revisions(base=base or "base", head=head or "heads")]


def describe_step(step, ops):
    from alembic.runtime.migration import StampStep

    if isinstance(step, StampStep):
        direction, revision = "stamp", (step.to_[0] if step.to_ else "-")
    else:
        direction, revision = ("upgrade" if step.is_upgrade else "downgrade"), step.revision.revision
    return "|".join([direction, revision, ",".join(step.from_revisions_no_deps),
                     ",".join(step.to_revisions_no_deps), ",".join(ops)])


def answer(compute):
    try:
        return ",".join(compute())
    except Exception as error:
        return "!" + describe(error)


def ids_of(revisions):
    return [rev.revision if rev is not None and rev != "base" else str(rev) for rev in revisions]


def describe(error):
    return (type(error).__name__ + ": " + str(error)).replace("\t", " ").replace("\n", " ")


def joined(values):
    return ",".join(values) if values else "-"


def noop():
    return None


def merge_runs(runs):
    merged = []
    for lines in zip(*runs):
        variants = list(dict.fromkeys(lines))
        if len(variants) == 1:
            merged.append(variants[0])
        else:
            merged.append("alt\t%d\n" % len(variants))
            merged.extend(variants)
    return "".join(merged)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--one-run":
        emit_all(sys.stdout)
        return
    runs = []
    for hash_seed in HASH_SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=str(hash_seed))
        output = subprocess.run([sys.executable, __file__, "--one-run"], env=env, check=True,
                                capture_output=True, text=True).stdout
        runs.append(output.splitlines(keepends=True))
    if len({len(run) for run in runs}) != 1:
        raise SystemExit("runs differ in length; the generator must not depend on hash order")
    sys.stdout.write(merge_runs(runs))


if __name__ == "__main__":
    main()
