package org.examengine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.examengine.source.Finding;
import org.examengine.validate.ValidationReport;

/** Prints a validation report as one JSON document: the same findings and coverage as the text form. */
final class ValidationJson {

    void print(ValidationReport report, PrintWriter out) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("files", report.files());
        doc.put("questions", report.questions());
        doc.put("grids", report.grids());
        doc.put("blueprints", report.blueprints());
        doc.put("errors", report.errors());
        doc.put("warnings", report.warnings());
        doc.put("findings", report.findings().stream().map(ValidationJson::finding).toList());
        doc.put("coverage", report.coverage());
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
        out.flush();
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.location().file());
        m.put("line", f.location().line());
        m.put("column", f.location().column());
        m.put("severity", f.severity().label());
        m.put("message", f.message());
        return m;
    }
}
