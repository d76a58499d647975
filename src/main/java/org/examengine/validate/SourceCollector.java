package org.examengine.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.examengine.bank.BankFile;
import org.examengine.bank.QuestionBankReader;
import org.examengine.grid.GridFile;
import org.examengine.grid.GridReader;
import org.examengine.paper.Blueprint;
import org.examengine.paper.BlueprintReader;
import org.examengine.source.Document;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.Finding;
import org.examengine.source.Node;
import org.examengine.source.Read;
import org.examengine.source.SourceLocation;

/**
 * Finds the YAML and JSON files under the given paths and reads each with the reader its content calls
 * for: a top-level {@code grids} makes a grid file, {@code questions} or {@code scenarios} a bank file, and
 * a file named {@code blueprint} a blueprint.
 */
public final class SourceCollector {

    private final DocumentParser parser = new DocumentParser();
    private final QuestionBankReader bankReader = new QuestionBankReader(parser);
    private final GridReader gridReader = new GridReader(parser);
    private final BlueprintReader blueprintReader = new BlueprintReader(parser);

    /**
     * @param shownAs how to print a path in messages
     */
    public SourceSet collect(List<Path> roots, Function<Path, String> shownAs) {
        List<BankFile> banks = new ArrayList<>();
        List<GridFile> grids = new ArrayList<>();
        List<Blueprint> blueprints = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Path> files = files(roots);
        for (Path file : files) {
            String name = shownAs.apply(file);
            Document document;
            try {
                document = parser.parse(file, name);
            } catch (ExamException e) {
                findings.addAll(Read.failed(e).findings());
                continue;
            }
            switch (kind(file, document)) {
                case GRID -> add(gridReader.read(document), grids, findings);
                case BANK -> add(bankReader.read(document), banks, findings);
                case BLUEPRINT -> add(blueprintReader.read(document), blueprints, findings);
                default -> findings.add(Finding.error(SourceLocation.startOf(name),
                        "not a question bank, marking-grid file or blueprint: expected a top-level 'questions', "
                                + "'scenarios' or 'grids', or a file named blueprint.yaml"));
            }
        }
        return new SourceSet(banks, grids, blueprints, findings, files.size());
    }

    private static <T> void add(Read<T> read, List<T> into, List<Finding> findings) {
        findings.addAll(read.findings());
        read.optionalValue().ifPresent(into::add);
    }

    private enum Kind { BANK, GRID, BLUEPRINT, UNKNOWN }

    private static Kind kind(Path file, Document document) {
        if (baseName(file).equals("blueprint")) {
            return Kind.BLUEPRINT;
        }
        if (document.root() instanceof Node.Mapping map) {
            if (map.entry("grids") != null) {
                return Kind.GRID;
            }
            if (map.entry("questions") != null || map.entry("scenarios") != null) {
                return Kind.BANK;
            }
        }
        return Kind.UNKNOWN;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    /** Every YAML or JSON file under the roots, each once, in a stable order. */
    static List<Path> files(List<Path> roots) {
        TreeSet<Path> found = new TreeSet<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                found.add(root.normalize());
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(SourceCollector::isFormatFile).map(Path::normalize).forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(found);
    }

    private static boolean isFormatFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
