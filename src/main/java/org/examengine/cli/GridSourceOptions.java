package org.examengine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.examengine.marking.MarkingSources;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --grids DIR [--banks DIR]}: where the commands that mark find grids, thesaurus and stems. */
final class GridSourceOptions {

    @Option(names = "--grids", paramLabel = "DIR",
            description = "Folder of marking grids; its synonyms.txt, if any, is the thesaurus "
                    + "(default: marking-grids/ here, or the shipped one).")
    Path grids;

    @Option(names = "--banks", paramLabel = "DIR",
            description = "Folder of question banks: with the stems known, copying a question earns nothing.")
    Path banks;

    /** The grids and stems, after checking the folders exist (a usage error if not). */
    MarkingSources load(CommandLine commandLine, ExamHome home) {
        return load(commandLine, home, true);
    }

    /** @param stemsFromBanks false when the stems come from elsewhere (a paper): the banks are then not read */
    MarkingSources load(CommandLine commandLine, ExamHome home, boolean stemsFromBanks) {
        if (grids == null) {
            grids = home.defaultGrids().orElseThrow(() -> new CommandLine.ParameterException(commandLine,
                    "no --grids given and no " + ExamHome.GRIDS + "/ folder here or in the shipped project"));
        }
        requireFolder(commandLine, grids, "--grids");
        if (banks != null) {
            requireFolder(commandLine, banks, "--banks");
        }
        return MarkingSources.load(grids, stemsFromBanks ? banks : null, home::shown);
    }

    private static void requireFolder(CommandLine commandLine, Path dir, String option) {
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(commandLine, option + ": no such folder: " + dir);
        }
    }
}
