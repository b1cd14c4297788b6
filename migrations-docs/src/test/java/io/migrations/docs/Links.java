package io.migrations.docs;

import io.migrations.docs.Markdown.Line;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Relative links of Markdown files that do not resolve: to a file that does not exist, or to a heading id that the
 * target file does not have.
 *
 * @param checked how many relative links were looked at
 * @param broken  one line per broken link: file, line, target and what is wrong
 */
record Links(int checked, List<String> broken) {

    static Links check(Path root, List<Path> files) {
        Map<Path, Markdown> parsed = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            for (Line link : parsed.computeIfAbsent(file, Markdown::read).links()) {
                String target = link.text();
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // https:, mailto: and the like
                }
                checked++;
                int hash = target.indexOf('#');
                String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                String where = root.relativize(file) + ":" + link.number() + ": " + target;
                if (!Files.exists(resolved)) {
                    broken.add(where + " (no such file: " + root.relativize(resolved) + ")");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !parsed.computeIfAbsent(resolved, Markdown::read).anchors().contains(anchor)) {
                    broken.add(where + " (no heading with the id '" + anchor + "' in " + root.relativize(resolved) + ")");
                }
            }
        }
        return new Links(checked, List.copyOf(broken));
    }
}
