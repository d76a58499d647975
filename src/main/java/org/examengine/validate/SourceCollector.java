package org.examengine.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.examengine.source.FormatFiles;
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
        List<Path> files = FormatFiles.under(roots);
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
        if (FormatFiles.isBlueprint(file)) {
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
}
