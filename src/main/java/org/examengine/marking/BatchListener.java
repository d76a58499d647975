package org.examengine.marking;

/** Receives the outcome of each answer, in input order, on one thread. */
public interface BatchListener {

    void accept(Outcome outcome);
}
