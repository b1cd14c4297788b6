package io.migrations.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words on a revision's box, decided once for every picture: its message cut to fit, and tags that name its marks
 * and state in words, so that nothing depends on colour alone.
 */
final class NodeText {

    /** Characters of the message that fit on a box. */
    static final int MESSAGE_CHARACTERS = 34;
    /** Characters of the labels that fit after the id. */
    static final int LABEL_CHARACTERS = 22;
    /** Left and right padding of the text in a box. */
    static final double PAD = 12;
    /** Baselines of the id line, the message line and the tags line, from the top of a box. */
    static final double ID_LINE = 21;
    static final double MESSAGE_LINE = 40;
    static final double TAGS_LINE = 57;

    private NodeText() {
    }

    /** The message, cut with an ellipsis when too long for a box. */
    static String message(GraphView.Node node) {
        return cut(node.message().isBlank() ? "(no message)" : node.message().strip(), MESSAGE_CHARACTERS);
    }

    /** The branch labels in parentheses, as Alembic prints them, cut to fit; empty without labels. */
    static String labels(GraphView.Node node) {
        return node.labels().isEmpty() ? "" : cut("(" + String.join(", ", node.labels()) + ")", LABEL_CHARACTERS);
    }

    /** Words for the state and marks: {@code current}, {@code applied} or {@code pending}, {@code head}, … */
    static List<String> tags(GraphView.Node node) {
        List<String> tags = new ArrayList<>();
        if (node.current()) {
            tags.add("current");
        }
        if (node.state() != State.NONE) {
            tags.add(node.state().word());
        }
        node.orderedMarks().forEach(mark -> tags.add(mark.word()));
        return tags;
    }

    /** Where the viewer puts the lines of text; the SVG picture uses the same numbers. */
    static Map<String, Object> positions() {
        return Map.of("pad", PAD, "id", ID_LINE, "message", MESSAGE_LINE, "tags", TAGS_LINE);
    }

    /** What a screen reader says for the box. */
    static String description(GraphView.Node node) {
        String tags = String.join(", ", tags(node));
        return "Revision " + node.id() + (node.message().isBlank() ? "" : ": " + node.message().strip())
                + (node.labels().isEmpty() ? "" : ", labels " + String.join(", ", node.labels()))
                + (tags.isEmpty() ? "" : " (" + tags + ")");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
