package io.migrations.internal.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Explains a symbolic link that cannot be followed to a file. */
final class Links {

    /** More links in a row than any system follows (Linux stops at 40). */
    private static final int MAX_HOPS = 64;

    private Links() {
    }

    /**
     * Why following {@code link} reaches no file, found by walking the chain of links one by one: it points at
     * something that does not exist, or the chain comes back to a link already passed.
     */
    static String describeBroken(Path link) {
        Set<Path> passed = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        try {
            for (int hop = 0; hop < MAX_HOPS && Files.isSymbolicLink(current); hop++) {
                if (!passed.add(current)) {
                    return "is a symbolic link in a loop of links (through '" + current + "') that never reaches a "
                            + "file; point it at the revision file";
                }
                Path target = Files.readSymbolicLink(current);
                current = current.resolveSibling(target).normalize();
            }
            if (passed.size() >= MAX_HOPS) {
                return "is a symbolic link in a chain of more than " + MAX_HOPS + " links; point it at the revision file";
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                return "is a symbolic link to '" + current + "', which does not exist, so the revision it stands for "
                        + "would never run; restore the file or remove the link";
            }
            return "is a symbolic link to '" + current + "', which cannot be read; check that it is readable";
        } catch (IOException e) {
            return "is a symbolic link that cannot be followed (" + e + "); point it at the revision file";
        }
    }
}
