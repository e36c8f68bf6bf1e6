package dev.graph2doc.store;

import java.util.regex.Pattern;

/** Connection strings go to logs and health output; their passwords must not. */
public final class UriMasking {

    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^:/@]*):[^@/]*@");

    private UriMasking() {
    }

    public static String mask(String uri) {
        return uri == null ? null : USER_INFO_PASSWORD.matcher(uri).replaceFirst("$1:***@");
    }
}
