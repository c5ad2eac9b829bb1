package id.patuh.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that takes bulk files (imports, cycle archives): it may receive uploads up to
 * {@code patuh.uploads.max-bytes}. Every other upload is held to the evidence limit, refused before it is read.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BulkUpload {
}
