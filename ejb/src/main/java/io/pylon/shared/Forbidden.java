package io.pylon.shared;

import jakarta.ejb.ApplicationException;

/** The caller is known and may see the object, but not do this to it. */
@ApplicationException(rollback = true)
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
