package io.migrations.internal.script;

import io.migrations.api.Revision;
import io.migrations.api.ScriptException;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes new SQL revision files, as {@code revision -m} and {@code merge} create them.
 *
 * <p>Every header key is written, empty ones included, so that they can be discovered in the file. The upgrade
 * section holds {@code SELECT 1;} under a comment asking to replace it: {@link SqlScriptParser} rejects an upgrade
 * without statements (it is usually a file nobody filled in), yet a freshly generated revision must still load,
 * list and apply, like Alembic's {@code pass}; a merge revision normally keeps it. The downgrade section is empty,
 * which downgrades as a no-op; deleting it makes the revision irreversible.
 */
public final class SqlRevisionTemplate {

    /** File extension of SQL revisions; read in any case, as {@code .SQL} from tools that upper-case names counts too. */
    public static final String EXTENSION = ".sql";

    /** How Alembic writes {@code create_date}, e.g. {@code 2026-11-26 10:00:00.123456}. */
    public static final DateTimeFormatter CREATE_DATE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** Alembic's {@code truncate_slug_length} default. */
    private static final int SLUG_LENGTH = 40;

    /** Python's {@code \w+}, which Alembic uses to cut a message into slug words. */
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private static final String BODY = """

            -- upgrade
            -- Replace SELECT 1 with the upgrade SQL. It keeps a revision applied before it is written a no-op,
            -- like Alembic's "pass" (an upgrade section without statements is rejected).
            SELECT 1;

            -- downgrade
            -- Write the SQL that undoes the upgrade. Left empty, a downgrade only moves the version back;
            -- delete this section, marker included, if the revision cannot be undone.
            """;

    private SqlRevisionTemplate() {
    }

    /**
     * The text of a new revision file; {@link SqlScriptParser} reads it back to the same header.
     *
     * @param header the revision; its message is written stripped, its location is not written
     * @throws ScriptException when the message or date spans lines, or an id, label or dependency is malformed
     */
    public static String render(RevisionHeader header) {
        return renderHeader(header) + BODY;
    }

    /**
     * The text of a new revision file with its statements, as autogenerate writes it.
     *
     * @param upgrade   the upgrade section's statements, each ending with its semicolon
     * @param downgrade the downgrade section's statements
     */
    public static String render(RevisionHeader header, String upgrade, String downgrade) {
        return renderHeader(header) + "\n-- upgrade\n" + upgrade.strip() + "\n\n-- downgrade\n" + downgrade.strip() + "\n";
    }

    private static String renderHeader(RevisionHeader header) {
        Revision revision = header.revision();
        String fileName = fileName(revision.id(), revision.message());
        Map<HeaderKey, String> values = new EnumMap<>(HeaderKey.class);
        values.put(HeaderKey.REVISION, revision.id());
        values.put(HeaderKey.DOWN_REVISION, String.join(", ", revision.downRevisions()));
        values.put(HeaderKey.MESSAGE, revision.message().strip());
        values.put(HeaderKey.CREATE_DATE, revision.createDate().strip());
        values.put(HeaderKey.BRANCH_LABELS, String.join(", ", revision.branchLabels()));
        values.put(HeaderKey.DEPENDS_ON, String.join(", ", revision.dependsOn()));
        values.put(HeaderKey.TRANSACTIONAL, Boolean.toString(header.transaction() == Transaction.ONE_PER_DIRECTION));
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> {
            key.problem(value).ifPresent(problem -> {
                throw new ScriptException(fileName, 0, key.key() + ": " + problem);
            });
            text.append(("-- " + key.key() + ": " + value).stripTrailing()).append('\n');
        });
        return text.toString();
    }

    /** Whether {@code fileName} ends in {@link #EXTENSION}, in any case. */
    public static boolean hasExtension(String fileName) {
        return fileName.regionMatches(true, fileName.length() - EXTENSION.length(), EXTENSION, 0, EXTENSION.length());
    }

    /** {@code fileName} without {@link #EXTENSION}, in whatever case it is written. */
    static String stem(String fileName) {
        return hasExtension(fileName) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
    }

    /** The file name {@code <id>_<slug>.sql}, as Alembic names its files. */
    public static String fileName(String id, String message) {
        return id + "_" + slug(message) + EXTENSION;
    }

    /**
     * Alembic's slug: the words of the message, lower case, joined with {@code _}; past 40 characters it is cut at
     * the last {@code _} within them and ends with {@code _}.
     */
    public static String slug(String message) {
        StringBuilder slug = new StringBuilder();
        for (Matcher words = WORD.matcher(message); words.find(); ) {
            slug.append(slug.length() == 0 ? "" : "_").append(words.group());
        }
        String lower = slug.toString().toLowerCase(Locale.ROOT);
        if (lower.length() <= SLUG_LENGTH) {
            return lower;
        }
        String cut = lower.substring(0, SLUG_LENGTH);
        int lastBreak = cut.lastIndexOf('_');
        return (lastBreak < 0 ? cut : cut.substring(0, lastBreak)) + "_";
    }
}
