package io.migrations.internal.script;

import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a SQL revision file: the {@code -- key: value} lines up to the {@code -- upgrade} marker.
 *
 * <p>A comment whose first word is followed by {@code :} is a header line when that word is lower case (or is a
 * known key in another case, which is rejected as a likely typo); a capitalised word such as {@code -- Note:} or
 * {@code -- TODO:} keeps the line an ordinary comment, as does a URL, and so does a tool directive such as
 * {@code -- migrations:allow drop-column reason}. Blank lines and other comments are allowed; SQL is not.
 */
final class HeaderParser {

    /** First word of directives that tools such as the linter read from comments; never a header key. */
    private static final String DIRECTIVE_PREFIX = "migrations";

    /** A word, then a colon that does not start a URL's {@code //}. */
    private static final Pattern KEY_LINE = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)\\s*:(?!//)(.*)");

    /**
     * The parsed header and where the upgrade section starts.
     *
     * @param header      the header
     * @param upgradeLine 1-based line of the {@code -- upgrade} marker
     * @param bodyOffset  offset of the first character after the marker line
     */
    record Result(RevisionHeader header, int upgradeLine, int bodyOffset) {
    }

    private record Entry(String value, int line) {
    }

    private final String location;
    private final String text;
    private final Map<HeaderKey, Entry> entries = new EnumMap<>(HeaderKey.class);

    private HeaderParser(String location, String text) {
        this.location = location;
        this.text = text;
    }

    /**
     * Parses the header of {@code text}, whose line breaks must be {@code \n}.
     *
     * @throws ScriptException for SQL or a downgrade marker before {@code -- upgrade}, a missing upgrade marker, an
     *                         unknown, duplicated, missing or malformed key, or a file name not starting with the id
     */
    static Result parse(String location, String text) {
        return new HeaderParser(location, text).run();
    }

    private Result run() {
        int offset = 0;
        for (int line = 1; offset < text.length(); line++) {
            int eol = text.indexOf('\n', offset);
            eol = eol < 0 ? text.length() : eol;
            String content = text.substring(offset, eol).strip();
            if (content.startsWith("--")) {
                Optional<Section> section = Section.ofComment(content.substring(2));
                if (section.isPresent()) {
                    return marker(section.get(), line, Math.min(eol + 1, text.length()));
                }
                entry(content.substring(2), line);
            } else if (!content.isEmpty()) {
                throw new ScriptException(location, line, "expected a '-- key: value' header line, a comment or the '"
                        + Section.UPGRADE.marker() + "' marker; SQL belongs below '" + Section.UPGRADE.marker() + "'");
            }
            offset = eol + 1;
        }
        throw new ScriptException(location, 0, "no '" + Section.UPGRADE.marker() + "' marker; add a line '"
                + Section.UPGRADE.marker() + "' after the header and write the upgrade SQL below it");
    }

    private Result marker(Section section, int line, int bodyOffset) {
        if (section == Section.DOWNGRADE) {
            throw new ScriptException(location, line, "'" + Section.DOWNGRADE.marker() + "' comes before '"
                    + Section.UPGRADE.marker() + "'; put the upgrade section first");
        }
        return new Result(header(line), line, bodyOffset);
    }

    private void entry(String comment, int line) {
        Matcher matcher = KEY_LINE.matcher(comment);
        if (!matcher.matches()) {
            return;
        }
        String written = matcher.group(1);
        String lower = written.toLowerCase(Locale.ROOT);
        Optional<HeaderKey> key = HeaderKey.of(lower);
        if (key.isEmpty() && (!written.equals(lower) || lower.equals(DIRECTIVE_PREFIX))) {
            return;
        }
        if (key.isEmpty()) {
            throw new ScriptException(location, line, "unknown header key '" + written + "'; known keys are "
                    + HeaderKey.known() + ". For a plain comment, capitalise its first word or drop the ':'");
        }
        if (!written.equals(lower)) {
            throw new ScriptException(location, line, "header key '" + written + "' must be lower case; write '-- "
                    + lower + ":'");
        }
        add(key.get(), matcher.group(2).strip(), line);
    }

    private void add(HeaderKey key, String value, int line) {
        Entry previous = entries.get(key);
        if (previous != null) {
            throw new ScriptException(location, line, "duplicate header '" + key.key() + "' (first on line "
                    + previous.line() + "); keep one");
        }
        key.problem(value).ifPresent(problem -> {
            throw new ScriptException(location, line, key.key() + ": " + problem);
        });
        entries.put(key, new Entry(value, line));
    }

    private RevisionHeader header(int upgradeLine) {
        for (HeaderKey key : HeaderKey.values()) {
            if (key.required() && !entries.containsKey(key)) {
                String hint = key == HeaderKey.DOWN_REVISION ? " (with an empty value in a first revision)" : "";
                throw new ScriptException(location, upgradeLine, "missing header '-- " + key.key() + ":'; add it"
                        + hint + " above '" + Section.UPGRADE.marker() + "'");
            }
        }
        Entry revision = entries.get(HeaderKey.REVISION);
        checkFileName(revision);
        Revision node = new Revision(revision.value(), items(HeaderKey.DOWN_REVISION), items(HeaderKey.BRANCH_LABELS),
                items(HeaderKey.DEPENDS_ON), value(HeaderKey.MESSAGE), value(HeaderKey.CREATE_DATE), location);
        return new RevisionHeader(node, Transaction.of(Boolean.parseBoolean(value(HeaderKey.TRANSACTIONAL, "true"))));
    }

    private void checkFileName(Entry revision) {
        String fileName = SourceFile.fileNameOf(location);
        String stem = SqlRevisionTemplate.stem(fileName);
        String id = revision.value();
        if (!stem.equals(id) && !stem.startsWith(id + "_")) {
            throw new ScriptException(location, revision.line(), "file name '" + fileName + "' does not start with "
                    + "the revision id '" + id + "'; rename the file to '" + id + "_<slug>" + SqlRevisionTemplate.EXTENSION
                    + "' or correct the id");
        }
    }

    private List<String> items(HeaderKey key) {
        return HeaderKey.items(value(key));
    }

    private String value(HeaderKey key) {
        return value(key, "");
    }

    private String value(HeaderKey key, String absent) {
        Entry entry = entries.get(key);
        return entry == null ? absent : entry.value();
    }
}
