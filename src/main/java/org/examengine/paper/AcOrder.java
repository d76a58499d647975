package org.examengine.paper;

/** Criteria in handbook order: "2.10" after "2.9", not between "2.1" and "2.2". */
final class AcOrder {

    private AcOrder() {
    }

    static String key(String ac) {
        StringBuilder key = new StringBuilder();
        for (String part : ac.split("\\.")) {
            key.append(String.format("%6s", part)).append('.');
        }
        return key.toString();
    }
}
