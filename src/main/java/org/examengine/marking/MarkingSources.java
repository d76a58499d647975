package org.examengine.marking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.examengine.bank.BankFile;
import org.examengine.bank.Question;
import org.examengine.bank.QuestionBankReader;
import org.examengine.grid.Grid;
import org.examengine.grid.GridFile;
import org.examengine.grid.GridReader;
import org.examengine.source.DocumentParser;
import org.examengine.source.ExamException;
import org.examengine.source.FormatFiles;
import org.examengine.source.SourceLocation;
import org.examengine.text.TextAnalysis;

/**
 * What marking needs from disk, read once before any answer: the grids of a folder by question id, its
 * thesaurus ({@code synonyms.txt}) when it has one, and, when banks are given, each question's stem.
 * Any problem is an {@link ExamException} naming its file and line: marking never starts on bad grids.
 */
public record MarkingSources(Map<String, Grid> grids, Map<String, String> stems, String thesaurus, String thesaurusFile) {

    public MarkingSources {
        grids = Map.copyOf(grids);
        stems = Map.copyOf(stems);
    }

    public static MarkingSources load(Path gridsDir, Path banksDir, Function<Path, String> shownAs) {
        DocumentParser parser = new DocumentParser();
        Map<String, Grid> grids = new HashMap<>();
        GridReader gridReader = new GridReader(parser);
        for (Path file : FormatFiles.under(List.of(gridsDir))) {
            GridFile read = gridReader.read(file, shownAs.apply(file)).orThrow();
            for (Grid grid : read.grids()) {
                Grid first = grids.putIfAbsent(grid.question(), grid);
                if (first != null) {
                    throw new ExamException(grid.origin().of("question"), "a second grid for question " + grid.question()
                            + " (the first is at " + first.origin().location().render() + ")");
                }
            }
        }
        Map<String, String> stems = new HashMap<>();
        if (banksDir != null) {
            QuestionBankReader bankReader = new QuestionBankReader(parser);
            for (Path file : FormatFiles.under(List.of(banksDir))) {
                if (FormatFiles.isBlueprint(file)) {
                    continue;
                }
                BankFile bank = bankReader.read(file, shownAs.apply(file)).orThrow();
                for (Question q : bank.questions()) {
                    stems.put(q.id(), q.stem());
                }
            }
        }
        Path thesaurus = gridsDir.resolve("synonyms.txt");
        try {
            String text = Files.isRegularFile(thesaurus) ? Files.readString(thesaurus) : null;
            return new MarkingSources(grids, stems, text, text == null ? null : shownAs.apply(thesaurus));
        } catch (IOException e) {
            throw new ExamException(SourceLocation.startOf(shownAs.apply(thesaurus)), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Analysis with this folder's thesaurus, or without one. */
    public TextAnalysis analysis() {
        return thesaurus == null ? new TextAnalysis() : new TextAnalysis(thesaurus, thesaurusFile);
    }
}
