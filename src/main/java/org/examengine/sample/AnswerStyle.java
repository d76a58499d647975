package org.examengine.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns the phrases an answer is made of into the text a candidate writes: reworded, framed, joined as prose
 * or as a list, padded, misspelt, sometimes quoted. Also writes the vague and the rambling answers.
 */
final class AnswerStyle {

    private final Paraphraser paraphraser;

    AnswerStyle(Paraphraser paraphraser) {
        this.paraphraser = paraphraser;
    }

    String write(List<String> phrases, CandidateProfile candidate, SplittableRandom r) {
        boolean list = phrases.size() >= 2 && Draw.chance(r, Shares.LIST_LINES);
        int quoted = Draw.chance(r, Shares.QUOTES) ? r.nextInt(phrases.size()) : -1;
        String bullet = Draw.oneOf(r, Wording.BULLETS);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = paraphraser.paraphrase(phrases.get(i), r);
            String fragment = i == quoted ? "\"" + phrase + "\"" : framed(phrase, r);
            if (list) {
                text.append(i == 0 ? "" : "\n").append(bullet.equals("1. ") ? (i + 1) + ". " : bullet);
            } else if (i > 0) {
                text.append(Draw.oneOf(r, i == phrases.size() - 1 ? Wording.LAST_JOINS : Wording.JOINS));
            }
            text.append(fragment);
        }
        return finish(text.toString(), candidate, r);
    }

    /** Something that earns nothing. */
    String vague(CandidateProfile candidate, SplittableRandom r) {
        return finish(Draw.oneOf(r, Wording.VAGUE), candidate, r);
    }

    /** 150 to 300 words, mostly saying little, with the phrases somewhere in them. */
    String ramble(List<String> phrases, SplittableRandom r) {
        int target = Draw.between(r, 150, 300);
        StringBuilder text = new StringBuilder();
        int words = 0;
        int sentences = 0;
        while (words < target) {
            String sentence = !phrases.isEmpty() && Draw.chance(r, 0.25)
                    ? capitalised(framed(paraphraser.paraphrase(Draw.oneOf(r, phrases), r), r)) + "."
                    : Draw.oneOf(r, Wording.RAMBLE);
            int count = (int) sentence.chars().filter(c -> c == ' ').count() + 1;
            if (words >= 150 && words + count > target) {
                break;
            }
            text.append(sentences == 0 ? "" : sentences % 4 == 0 && Draw.chance(r, 0.5) ? "\n\n" : " ").append(sentence);
            words += count;
            sentences++;
        }
        return text.toString();
    }

    private static String finish(String answer, CandidateProfile candidate, SplittableRandom r) {
        String text = answer;
        double weakness = 1 - candidate.ability();
        if (Draw.chance(r, Shares.PADDING + Shares.PADDING_WEAK * weakness)) {
            String filler = Draw.oneOf(r, Wording.FILLERS);
            String gap = text.contains("\n") || Draw.chance(r, 0.2) ? "\n" : " ";
            text = r.nextBoolean() ? filler + gap + text : text + (text.endsWith(".") ? "" : ".") + gap + filler;
        }
        if (Draw.chance(r, Shares.MISSPELLING + Shares.MISSPELLING_WEAK * weakness)) {
            text = Paraphraser.misspell(text, r);
            if (Draw.chance(r, 1.0 / 3)) {
                text = Paraphraser.misspell(text, r);
            }
        }
        return r.nextBoolean() ? capitalised(text) : text;
    }

    private static String framed(String phrase, SplittableRandom r) {
        return Draw.chance(r, Shares.FRAMED) ? Draw.oneOf(r, Wording.FRAMES).replace("%s", phrase) : phrase;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
