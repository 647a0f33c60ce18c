package app.dualtrack.model;

import java.util.Arrays;
import java.util.Optional;

/** A value the file format names by a word (its key), such as a cadence "quarterly" or a growth "depth". */
public interface Keyed {
    /** The word the file format uses. */
    String key();

    /** The value among {@code values} whose key is {@code key}, if any. */
    static <E extends Keyed> Optional<E> fromKey(E[] values, String key) {
        return Arrays.stream(values).filter(v -> v.key().equals(key)).findFirst();
    }
}
