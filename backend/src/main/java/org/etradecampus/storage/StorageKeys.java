package org.etradecampus.storage;

/** Keys are chosen by the platform; anything else reaching a storage is a bug, not a file name. */
final class StorageKeys {

    private StorageKeys() {
    }

    static String checked(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{8,100}")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return key;
    }
}
