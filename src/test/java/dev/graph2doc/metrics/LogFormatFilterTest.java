package dev.graph2doc.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.Test;

class LogFormatFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.INFO, "m", null, null);

    @Test
    void shouldPassOnlyTheChosenFormatsAppenderWhenTheFormatIsKnown() {
        assertThat(filter("json", "json").decide(event)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter("json", "text").decide(event)).isEqualTo(FilterReply.DENY);
        assertThat(filter("text", "text").decide(event)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter("text", "json").decide(event)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void shouldLogAsTextAndWarnOnceNamingTheValueWhenTheFormatIsUnknown() {
        assertThat(filter("xml", "text").decide(event)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter("xml", "json").decide(event)).isEqualTo(FilterReply.DENY);

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .filteredOn(s -> s.getLevel() == Status.WARN).singleElement()
                .satisfies(s -> assertThat(s.getMessage()).contains("GRAPH2DOC_LOG_FORMAT = 'xml'", "text or json"));
    }

    @Test
    void shouldWarnNothingWhenTheFormatIsKnown() {
        filter("json", "text");
        filter("json", "json");

        assertThat(context.getStatusManager().getCopyOfStatusList()).noneMatch(s -> s.getLevel() >= Status.WARN);
    }

    private LogFormatFilter filter(String chosen, String format) {
        LogFormatFilter filter = new LogFormatFilter();
        filter.setContext(context);
        filter.setChosen(chosen);
        filter.setFormat(format);
        filter.start();
        return filter;
    }
}
