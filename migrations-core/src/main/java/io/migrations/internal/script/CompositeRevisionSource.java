package io.migrations.internal.script;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several sources read as one, in {@link RevisionSource#LOAD_ORDER}.
 * A file reached through two overlapping locations is loaded once, with a warning, as Alembic does.
 *
 * @param sources the sources, read in this order
 */
public record CompositeRevisionSource(List<RevisionSource> sources) implements RevisionSource {

    private static final Logger LOG = LoggerFactory.getLogger(CompositeRevisionSource.class);

    public CompositeRevisionSource {
        sources = List.copyOf(sources);
    }

    @Override
    public List<Script> load() {
        Map<String, Script> byLocation = new LinkedHashMap<>();
        for (RevisionSource source : sources) {
            for (Script script : source.load()) {
                if (byLocation.putIfAbsent(script.revision().location(), script) != null) {
                    LOG.warn("{} is reached through more than one location; loading it once. Make the locations "
                            + "not overlap.", script.revision().location());
                }
            }
        }
        return LoadOrder.sort(byLocation.values());
    }
}
