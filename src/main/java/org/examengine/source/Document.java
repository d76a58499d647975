package org.examengine.source;

import java.util.List;
import java.util.Objects;

/**
 * A parsed file: its root node and the problems met while parsing that did not stop it (a key written
 * twice). A file that cannot be parsed at all has no document: the parser throws {@link ExamException}.
 */
public record Document(String file, Node root, List<Finding> findings) {
    public Document {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
        findings = List.copyOf(findings);
    }
}
