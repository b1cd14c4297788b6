package io.migrations.internal.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One definition for two that PostgreSQL builds alike but prints differently. {@code s IN ('A', 'B')} on a
 * {@code varchar} column prints as {@code (ARRAY['A'::character varying, 'B'::character varying])::text[]}, a cast of
 * the whole array; that text, applied again (as a generated revision applies it), prints as
 * {@code ARRAY[('A'::character varying)::text, ('B'::character varying)::text]}, each element cast, and from then on
 * stays so. Check constraints and index predicates are read in the second form, so that a schema and one built from
 * its printed definitions compare equal, whichever way each was written.
 */
final class ArrayCoercions {

    private static final String TYPE = "[a-z][a-z ]*(?:\\(\\d+(?:,\\d+)?\\))?";
    private static final String LITERAL = "'(?:[^']|'')*'::" + TYPE;
    private static final Pattern ELEMENT = Pattern.compile(LITERAL);
    private static final Pattern CAST_ARRAY = Pattern.compile(
            "\\(ARRAY\\[(" + LITERAL + "(?:, " + LITERAL + ")*)\\]\\)::(" + TYPE + ")\\[\\]");

    private ArrayCoercions() {
    }

    /** {@code definition} with each array of literals cast as a whole written with each element cast. */
    static String elementwise(String definition) {
        if (definition == null || !definition.contains("(ARRAY[")) {
            return definition;
        }
        Matcher array = CAST_ARRAY.matcher(definition);
        StringBuilder result = new StringBuilder();
        while (array.find()) {
            List<String> elements = new ArrayList<>();
            Matcher element = ELEMENT.matcher(array.group(1));
            while (element.find()) {
                elements.add("(" + element.group() + ")::" + array.group(2));
            }
            array.appendReplacement(result, Matcher.quoteReplacement("ARRAY[" + String.join(", ", elements) + "]"));
        }
        array.appendTail(result);
        return result.toString();
    }
}
