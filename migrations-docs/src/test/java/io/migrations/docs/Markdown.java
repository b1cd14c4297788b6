package io.migrations.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the docs checks need from one Markdown file: its links, the anchors its headings make (the way GitHub makes
 * them), and the lines of its fenced code blocks. Links and headings inside code are not links or headings.
 *
 * @param file       the file
 * @param links      every link target outside code, with its line
 * @param anchors    the fragment ids a link can point at
 * @param codeLines  every line inside a fenced code block, with its line number
 */
record Markdown(Path file, List<Line> links, Set<String> anchors, List<Line> codeLines) {

    /** A piece of text and the 1-based line it is on. */
    record Line(int number, String text) {
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern HTML_LINK = Pattern.compile("<(?:a|img)\\s[^>]*(?:href|src)=\"([^\"]+)\"");
    private static final Pattern LINK_TEXT = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    static Markdown read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> links = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> slugCounts = new HashMap<>();
        List<Line> code = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence == null && fenceMatch.find()) {
                fence = fenceMatch.group(1);
                continue;
            }
            if (fence != null) {
                if (line.trim().startsWith(fence)) {
                    fence = null;
                } else {
                    code.add(new Line(i + 1, line));
                }
                continue;
            }
            String prose = INLINE_CODE.matcher(line).replaceAll("");
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(2));
                int seen = slugCounts.merge(slug, 1, Integer::sum);
                anchors.add(seen == 1 ? slug : slug + "-" + (seen - 1));
            }
            for (Pattern pattern : List.of(LINK, REFERENCE, HTML_LINK)) {
                Matcher link = pattern.matcher(prose);
                while (link.find()) {
                    links.add(new Line(i + 1, link.group(1)));
                }
            }
            Matcher anchor = HTML_ANCHOR.matcher(line);
            while (anchor.find()) {
                anchors.add(anchor.group(1));
            }
        }
        return new Markdown(file, List.copyOf(links), Set.copyOf(anchors), List.copyOf(code));
    }

    /** GitHub's id for a heading: its text, lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        String text = LINK_TEXT.matcher(heading).replaceAll("$1").replace("`", "");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
                .replace(' ', '-');
    }
}
