package dev.graph2doc.metrics;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Set;

/**
 * Lets an appender's events through only when {@code GRAPH2DOC_LOG_FORMAT} ({@code chosen}) names its
 * {@code format}. Both appenders stay attached to the root logger: an appender left unreferenced makes logback
 * print its whole configuration status (some 25 lines) on standard output at the start of every command. An unknown
 * format logs as text, with one warning naming the value.
 */
public final class LogFormatFilter extends Filter<ILoggingEvent> {

    static final Set<String> FORMATS = Set.of("text", "json");

    private String chosen = "text";
    private String format = "text";

    public void setChosen(String chosen) {
        this.chosen = chosen == null ? "" : chosen.trim();
    }

    public void setFormat(String format) {
        this.format = format;
    }

    @Override
    public void start() {
        if (!FORMATS.contains(chosen) && format.equals("text")) {
            addWarn("GRAPH2DOC_LOG_FORMAT = '" + chosen + "' is not one of " + FORMATS + "; logging as text. Set text or json.");
        }
        super.start();
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String effective = FORMATS.contains(chosen) ? chosen : "text";
        return format.equals(effective) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
