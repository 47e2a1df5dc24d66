package org.etradecampus.storage;

import java.util.Optional;

/**
 * Where uploaded files live, so that every instance reads what any instance wrote: a directory
 * they share (the default, {@link FilesystemStorage}), or an S3-compatible bucket. Keys are
 * chosen by the platform (random, URL-safe), never by the uploader.
 */
public interface FileStorage {

    void put(String key, byte[] bytes);

    Optional<byte[]> get(String key);

    void delete(String key);
}
