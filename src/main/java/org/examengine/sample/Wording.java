package org.examengine.sample;

import java.util.List;

/**
 * The words candidates put around the creditworthy ones. Kept free of words grids commonly credit (help,
 * polite, listen...), so that the filler earns nothing by itself, and of negations, which would cancel the
 * phrase they frame.
 */
final class Wording {

    private Wording() {
    }

    /** Ways of framing a phrase; {@code %s} is the phrase. */
    static final List<String> FRAMES = List.of("I think %s", "%s is important",
            "for example %s", "such as %s", "I would say %s", "%s would be good", "one is %s", "maybe %s",
            "%s (this is important)", "%s etc");

    /** What goes between two phrases in prose. */
    static final List<String> JOINS = List.of(", ", ", ", " and ", "; ", ". ", ", also ", " as well as ", ". Also ",
            " or ", ", then ");

    /** What goes before the last phrase in prose. */
    static final List<String> LAST_JOINS = List.of(" and ", ", and ", " and also ", ". Also ", ", ");

    /** How the lines of a list answer start. */
    static final List<String> BULLETS = List.of("* ", "", "o ", "1. ");

    /** Sentences that pad an answer out and earn nothing. */
    static final List<String> FILLERS = List.of(
            "This is what I was taught.",
            "It depends on the situation.",
            "This matters in any job.",
            "Every business is different, so it varies.",
            "I have seen this at work.",
            "That is my answer.",
            "My manager always says \"the customer comes first\".",
            "It makes a big difference to how things go.",
            "Staff should always think about this.",
            "This is something everyone should do.",
            "We did this on my course, and at my placement.",
            "You learn this as you go along.");

    /** Answers that earn nothing: the candidate does not know, or writes something vague. */
    static final List<String> VAGUE = List.of("be nice to them", "do your best", "just get on with it", "I don't know",
            "not sure", "ask someone", "it depends", "do what you are told", "make them happy", "sort it out",
            "something to do with the rules", "??", "treat them right", "whatever the shop says");

    /** Sentences of a rambling answer: on the subject, but saying little. */
    static final List<String> RAMBLE = List.of(
            "In my opinion there are lots of different things to think about here and they all matter in their own way.",
            "When I worked in a shop last summer we had a lot of people coming in every day, some of them regulars.",
            "It is really about the way you come across to people and what they think of the business afterwards.",
            "Some days are busier than others, so you have to be ready for anything that comes up.",
            "My friend works in a call centre and she says it is much the same there, just over the phone.",
            "If you get this wrong people will go somewhere else and tell their friends about it as well.",
            "There is no one right way of doing it because every situation and every person is a bit different.",
            "The training we had covered this, but it was a long time ago, so I might not remember all of it.",
            "You also have to think about the other staff and how the team works together during the day.",
            "Big companies have whole departments for this, but in a small shop it is just whoever is on shift.",
            "I think most people would agree with this, although some might say it is common sense really.",
            "At the end of the day it comes down to doing the job properly and taking pride in it.",
            "Things have changed a lot with the internet, because people can now buy almost anything online.",
            "Sometimes it is hard to know what to do, especially when you are new and still learning the ropes.");
}
