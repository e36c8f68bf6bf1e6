package dev.graph2doc.bench;

import dev.graph2doc.mapping.CollectionMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The seeded sequence of reads every run replays: 80% one document by key, 20% a page of 20 from a random key. */
final class ReadMix {

    static final String DESCRIPTION = "80% GET one document by key (devices and bins alike), 20% a page of 20 devices "
            + "after a random key";

    /** {@code key} is the document's key, or the {@code after} cursor of a page read. */
    record ReadOp(CollectionMapping collection, Object key, boolean page) {
    }

    private ReadMix() {
    }

    static List<ReadOp> of(CollectionMapping devices, List<Object> deviceKeys, CollectionMapping bins,
                           List<Object> binKeys, int count, long seed) {
        Random random = new Random(seed);
        List<ReadOp> ops = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            if (kind < 2) {
                ops.add(new ReadOp(devices, deviceKeys.get(random.nextInt(deviceKeys.size())), true));
            } else if (kind < 6) {
                ops.add(new ReadOp(devices, deviceKeys.get(random.nextInt(deviceKeys.size())), false));
            } else {
                ops.add(new ReadOp(bins, binKeys.get(random.nextInt(binKeys.size())), false));
            }
        }
        return ops;
    }
}
