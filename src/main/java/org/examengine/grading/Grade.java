package org.examengine.grading;

/** The three grades of the award, lowest first. */
public enum Grade {
    FAIL("Fail"),
    PASS("Pass"),
    FIRST_CLASS_PASS("First Class Pass");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** As a certificate and the results files write it. */
    public String label() {
        return label;
    }
}
