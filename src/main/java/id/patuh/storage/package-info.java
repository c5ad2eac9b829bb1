/**
 * Where uploaded and generated files live: one port, {@link id.patuh.storage.FileStore}, content-addressed by SHA-256;
 * a local directory by default. An S3-compatible adapter is a second implementation of the same port.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package id.patuh.storage;
