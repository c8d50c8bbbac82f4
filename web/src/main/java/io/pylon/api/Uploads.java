package io.pylon.api;

import io.pylon.shared.Reason;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The file of a multipart upload, required, read whole (its size is bounded by {@link BodySizeLimit}). */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] bytesOf(EntityPart file) {
        new FieldChecks().required("file", file).orThrow();
        try (InputStream content = file.getContent()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new InvalidRequest(List.of(new Problem.FieldError("file", Reason.UNREADABLE, "could not be received whole")));
        }
    }
}
