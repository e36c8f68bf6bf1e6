package dev.graph2doc.phase;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** Who this instance is in leases and status: {@code graph2doc.instance-id}, or host, pid and a random suffix. */
@Singleton
public final class InstanceId {

    private final String value;

    public InstanceId(@Value("${graph2doc.instance-id:}") String configured) {
        this.value = configured.isBlank() ? generated() : configured;
    }

    public String value() {
        return value;
    }

    private static String generated() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
