package org.examengine.cli;

/** How a command prints its result: for people, or for programs. */
enum OutputFormat {
    TEXT,
    JSON
}
