package org.attune.personas;

import java.util.List;

/**
 * Bad input from a file or the command line. Each problem is one line of the form
 * {@code file: field: what is wrong}; the command line maps this exception to exit code 2.
 */
public class InvalidInputException extends RuntimeException {
    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
