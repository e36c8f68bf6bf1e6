package dev.graph2doc.write;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a repair round did, said as it is: per collection how many documents were written and how many the version
 * guard skipped (with both versions); every conflict — a document MongoDB alone has written since {@code UNFORKED},
 * not overwritten from the graph — on a warning line of its own, for the operator.
 */
final class RepairLog {

    private static final Logger LOG = LoggerFactory.getLogger(RepairWorker.class);
    private static final int SKIPS_NAMED = 10;

    private RepairLog() {
    }

    static void batch(String tenant, RepairResult result) {
        Map<String, Long> written = result.written().stream().collect(Collectors.groupingBy(TouchedDocument::collection,
                TreeMap::new, Collectors.counting()));
        written.forEach((collection, n) -> {
            List<RepairResult.Kept> skipped = result.skipped().stream().filter(k -> k.collection().equals(collection))
                    .toList();
            long conflicts = result.conflicts().stream().filter(k -> k.collection().equals(collection)).count();
            long done = n - skipped.size() - conflicts;
            LOG.atInfo().addKeyValue("event", "repair_batch").addKeyValue("tenant", tenant)
                    .addKeyValue("collection", collection).addKeyValue("documents", n).addKeyValue("written", done)
                    .addKeyValue("skipped", skipped.size()).addKeyValue("conflicts", conflicts)
                    .log("repair: tenant={} collection={} written={} skipped by the version guard={}{}", tenant,
                            collection, done, skipped.size(), skipped.isEmpty() ? "" : " " + named(skipped));
        });
        result.conflicts().forEach(k -> LOG.atWarn().addKeyValue("event", "repair_conflict").addKeyValue("tenant", tenant)
                .addKeyValue("collection", k.collection()).addKeyValue("key", String.valueOf(k.key()))
                .addKeyValue("renderedVersion", k.rendered()).addKeyValue("storedVersion", k.stored())
                .log("repair conflict: tenant={} collection={} key={}: the graph's version {} was NOT written over "
                        + "MongoDB's version {}, which MongoDB alone wrote after UNFORKED (a write accepted by an "
                        + "instance that did not know the tenant was unforked); compare both and fix by hand",
                        tenant, k.collection(), k.key(), k.rendered(), k.stored()));
    }

    private static String named(List<RepairResult.Kept> skipped) {
        String some = skipped.stream().limit(SKIPS_NAMED).map(k -> k.key() + " (rendered v" + k.rendered()
                + ", MongoDB holds v" + k.stored() + ")").collect(Collectors.joining(", "));
        return "[" + some + (skipped.size() > SKIPS_NAMED ? ", …" : "") + "]";
    }
}
