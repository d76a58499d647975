package org.examengine.report;

/**
 * Ids for elements named after untrusted text (a candidate id): letters, digits, '-' and '_' kept, anything
 * else made '_', and the results line added so two ids that clean to the same text stay apart.
 */
final class HtmlIds {

    private HtmlIds() {
    }

    static String of(String text, int line) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(40).forEach(cp -> b.append(cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_')
                ? (char) cp : '_'));
        return b.append("-l").append(line).toString();
    }
}
