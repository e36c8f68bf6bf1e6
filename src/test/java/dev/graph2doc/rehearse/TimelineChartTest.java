package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Renders a synthetic run (also docs/timeline-example.png, shown in docs/rehearsal.md: copy target/timeline-example.png there). */
class TimelineChartTest {

    private static final String[] FAULTS = {"kill -9 of graph2doc instance a (pid 4242) with the copy at 61/206 documents",
        "MongoDB stopped (listener closed, every connection dropped) for 6 s",
        "corrupted 25 document(s) of bins: capacityLitres = -1", "no automatic step-back within 15 s: the operator steps back",
        "Neo4j slowed: +250 ms per packet for 6 s", "kill -9 of graph2doc instance b (pid 4343) with the copy at 12/90 documents",
        "MongoDB stopped (listener closed, every connection dropped) for 6 s", "Neo4j slowed: +250 ms per packet for 6 s"};
    private static final double[] AT = {30.0, 30.4, 31.1, 33.0, 33.2, 40.5, 41.0, 49.9};

    static List<Timeline.Point> points() {
        List<Timeline.Point> points = new ArrayList<>();
        for (int s = 1; s <= 120; s++) {
            String walked = phase(s, 20);
            Map<String, String> phases = Map.of("acme", phase(s, 0), "globex", walked, "initech", walked);
            boolean slow = s >= 33 && s < 39;
            points.add(new Timeline.Point(s, 70 + 5 * Math.sin(s / 3.0), 70, s == 31 ? 2 : 0, 3 + (s % 7), slow ? 900 : 9,
                    1 + (s % 3) * 0.2, 2.5 + (s % 5) * 0.3, 40, s > 41 && s < 46 ? 3 : 0, s % 10, phases,
                    Timeline.CopyProgress.NONE));
        }
        return points;
    }

    private static String phase(int second, int lag) {
        int index = Math.max(0, Math.min(5, (second - 20 - lag) / 12));
        return TimelineChart.PHASES.get(index);
    }

    static List<Events.Event> events() {
        List<Events.Event> events = new ArrayList<>();
        for (int i = 0; i < FAULTS.length; i++) {
            events.add(new Events.Event(AT[i], Instant.EPOCH, Events.Kind.FAULT, "acme", FAULTS[i]));
        }
        events.add(new Events.Event(12, Instant.EPOCH, Events.Kind.INFO, null, "load started"));
        return events;
    }

    @Test
    void shouldWriteAPngWithRowsOfBadgesAndALegendLineWhenEightFaultsFallInTwentySeconds() throws Exception {
        Path file = Path.of("target", "timeline-example.png");
        Files.createDirectories(file.getParent());

        new TimelineChart(points(), events()).write(file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(TimelineChart.WIDTH);
        assertThat(image.getHeight()).as("header rows and 8 legend lines").isGreaterThan(TimelineChart.HEIGHT + 8 * 18 + 40);
        assertThat(Files.size(file)).isLessThan(150_000);
    }

    @Test
    void shouldUseTheFaultColourForNoSeriesWhenDrawing() throws Exception {
        BufferedImage noFaults = new TimelineChart(points(), List.of()).render();

        for (int x = 0; x < noFaults.getWidth(); x++) {
            for (int y = 0; y < noFaults.getHeight(); y++) {
                assertThat(noFaults.getRGB(x, y) & 0xFFFFFF).isNotEqualTo(FaultBand.FAULT.getRGB() & 0xFFFFFF);
            }
        }
    }
}
