package dev.graph2doc.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The status page's DOM as Chromium dumped it, read through the data attributes the page sets for this purpose. */
record RenderedPage(String dom) {

    private static final Pattern TENANT = Pattern.compile("<section [^>]*class=\"tenant\"[^>]*>");
    private static final Pattern CURRENT_STEP = Pattern.compile("<li [^>]*data-step=\"([A-Z_]+)\"[^>]*aria-current=\"step\"");
    private static final Pattern BODY_STATE = Pattern.compile("<body [^>]*data-state=\"([a-z]+)\"");

    /** {@code starting}, {@code loaded}, {@code unauthorized} or {@code error}. */
    String state() {
        Matcher m = BODY_STATE.matcher(dom);
        return m.find() ? m.group(1) : "(no body state)";
    }

    /** Each tenant section's {@code data-phase}, in page order. */
    Map<String, String> phases() {
        Map<String, String> phases = new LinkedHashMap<>();
        sections().forEach((tenant, html) -> phases.put(tenant, attribute(html.substring(0, html.indexOf('>')), "data-phase")));
        return phases;
    }

    /** Each tenant section's highlighted step of the step indicator. */
    Map<String, String> currentSteps() {
        Map<String, String> steps = new LinkedHashMap<>();
        sections().forEach((tenant, html) -> {
            Matcher m = CURRENT_STEP.matcher(html);
            steps.put(tenant, m.find() ? m.group(1) : null);
        });
        return steps;
    }

    /** The collections with a copy progress bar in the tenant's section. */
    List<String> copyRows(String tenant) {
        Matcher m = Pattern.compile("<div class=\"copy-row\" data-collection=\"([^\"]+)\"").matcher(sections().get(tenant));
        return m.results().map(r -> r.group(1)).toList();
    }

    boolean loginShown() {
        return Pattern.compile("<form id=\"login\"(?![^>]*hidden)").matcher(dom).find();
    }

    private Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = TENANT.matcher(dom);
        List<Integer> starts = m.results().map(r -> r.start()).toList();
        for (int i = 0; i < starts.size(); i++) {
            String html = dom.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : dom.length());
            sections.put(attribute(html.substring(0, html.indexOf('>')), "data-tenant"), html);
        }
        return sections;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }
}
