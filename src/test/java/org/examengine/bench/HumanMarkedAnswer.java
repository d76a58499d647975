package org.examengine.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One answer of the shared research data ({@code id,question,answer,score,score2}) with its human marks;
 * {@code secondScore} is NaN where there is no second rater.
 */
public record HumanMarkedAnswer(String id, String question, String answer, double score, double secondScore) {

    /** The development part: answers whose id has an even CRC-32. The rest is the test part. */
    public boolean development() {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    public static List<HumanMarkedAnswer> read(Path csv) throws IOException {
        List<HumanMarkedAnswer> answers = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                String second = r.get("score2").strip();
                answers.add(new HumanMarkedAnswer(r.get("id"), r.get("question"), r.get("answer"),
                        Double.parseDouble(r.get("score").strip()), second.isEmpty() ? Double.NaN : Double.parseDouble(second)));
            }
        }
        return answers;
    }
}
