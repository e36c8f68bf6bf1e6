package dev.graph2doc.cli;

/** The HTTP service could not start; the message names the setting, its value and the fix. */
final class ServiceStartupException extends RuntimeException {

    ServiceStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
