package org.examengine.grid;

import java.util.List;
import java.util.Objects;

/** One marking-grid file and its grids, in file order. */
public record GridFile(String file, List<Grid> grids) {
    public GridFile {
        Objects.requireNonNull(file, "file");
        grids = List.copyOf(grids);
    }
}
