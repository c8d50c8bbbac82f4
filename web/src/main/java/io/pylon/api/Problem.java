package io.pylon.api;

import io.pylon.shared.Reason;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details document. {@code errors} lists the offending fields of a
 * request, one entry each.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One offending field: its name, why as a stable {@link Reason} code, and in English words. */
    public record FieldError(String field, String code, String message) {

        public FieldError(String field, Reason reason, String message) {
            this(field, reason.code(), message);
        }
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, List.of());
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem("about:blank", "Bad Request", 400, "the request has invalid fields: "
                + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()), null, errors);
    }

    /** A 409: the request collides with the stored state; {@code errors} name what collides, where anything does. */
    public static Problem conflict(String detail, List<FieldError> errors) {
        return new Problem("about:blank", "Conflict", 409, detail, null, errors);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
