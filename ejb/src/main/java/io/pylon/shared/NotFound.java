package io.pylon.shared;

import jakarta.ejb.ApplicationException;

/** The object does not exist, or the caller may not know that it does. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
