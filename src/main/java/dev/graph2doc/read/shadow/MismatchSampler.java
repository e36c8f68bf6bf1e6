package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.DocumentView;
import java.time.Clock;

/** Keeps each real mismatch as a sample; races, errors and matches are counted elsewhere, not sampled. */
public final class MismatchSampler implements ShadowListener {

    private final MismatchSampleStore store;
    private final Clock clock;
    private final int valueChars;

    public MismatchSampler(MismatchSampleStore store, Clock clock, int valueChars) {
        this.store = store;
        this.clock = clock;
        this.valueChars = valueChars;
    }

    @Override
    public void compared(ComparisonResult r) {
        if (!r.outcome().isMismatch()) {
            return;
        }
        store.add(new MismatchSample(clock.instant(), r.tenant(), r.collection(), String.valueOf(r.key()),
                r.outcome().label(), r.paths(), r.controlStore(), r.candidateStore(), json(r.control()),
                json(r.candidate())));
    }

    private String json(DocumentView doc) {
        if (doc == null) {
            return null;
        }
        String text = DocumentJson.text(doc);
        return text.length() <= valueChars ? text : text.substring(0, valueChars) + "...";
    }
}
