package org.examengine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTest {

    @TempDir
    Path dir;

    private final DocumentParser parser = new DocumentParser();

    @Test
    void nodesKnowTheirLineAndColumn() {
        Document doc = parser.parse("level: 2\nquestions:\n  - id: L2-001\n    marks: 3\n", "b.yaml", false);
        Node.Mapping root = (Node.Mapping) doc.root();
        Node.Mapping question = (Node.Mapping) ((Node.Sequence) root.entry("questions").value()).items().get(0);
        assertThat(question.entry("marks").value().location()).isEqualTo(new SourceLocation("b.yaml", 4, 12));
        assertThat(question.entry("marks").keyLocation()).isEqualTo(new SourceLocation("b.yaml", 4, 5));
        assertThat(((Node.Scalar) question.entry("marks").value()).kind()).isEqualTo(Node.ScalarKind.WHOLE_NUMBER);
    }

    @Test
    void byteOrderMarkIsIgnored() {
        Document doc = parser.parse("\uFEFFlevel: 1\n", "b.yaml", false);
        assertThat(((Node.Mapping) doc.root()).entry("level")).isNotNull();
    }

    @Test
    void emptyFileIsAnErrorAtItsStart() {
        assertThatThrownBy(() -> parser.parse("", "e.yaml", false))
                .isInstanceOf(ExamException.class).hasMessage("file is empty");
    }

    @Test
    void twoDocumentsAreRefused() {
        assertThatThrownBy(() -> parser.parse("level: 1\n---\nlevel: 2\n", "two.yaml", false))
                .isInstanceOf(ExamException.class).hasMessageContaining("more than one document");
    }

    @Test
    void syntaxErrorCarriesTheLineOfTheProblem() {
        ExamException e = org.junit.jupiter.api.Assertions.assertThrows(ExamException.class,
                () -> parser.parse("{\"level\": 1,\n \"questions\": [}\n", "b.json", true));
        assertThat(e.location().line()).isEqualTo(2);
        assertThat(e.render()).startsWith("b.json:2:").contains("cannot parse").doesNotContain("\n");
    }

    @Test
    void fileThatIsNotUtf8IsNamed() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'l', 'e', 'v', 'e', 'l', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> parser.parse(file, "latin1.yaml"))
                .isInstanceOf(ExamException.class).hasMessage("file is not valid UTF-8 text");
    }

    @Test
    void hugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(DocumentParser.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> parser.parse(file, "huge.yaml"))
                .isInstanceOf(ExamException.class).hasMessageContaining("larger than 8 MB");
    }
}
