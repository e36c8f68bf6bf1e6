package dev.graph2doc.write;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write handler whose parameters are {@code (String tenant, Phase phase, List<Mutation> mutations)}
 * and which writes the graph: {@link DualWriteInterceptor} adds the MongoDB side the phase asks for, or
 * replaces the graph write with a MongoDB-only one once the tenant is unforked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface DualWrite {
}
