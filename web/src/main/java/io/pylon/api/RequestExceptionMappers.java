package io.pylon.api;

import io.pylon.shared.Reason;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ParamException;

/** How a request the API cannot take reads: 400, 404, 405, 413, 415 problems. */
final class RequestExceptionMappers {

    /** Yasson names the property it could not read as {@code property 'name'}. */
    private static final Pattern JSONB_PROPERTY = Pattern.compile("property '([^']+)'");

    private RequestExceptionMappers() {
    }

    /** Errors JAX-RS raises itself: unknown path, wrong method, wrong media type, bad parameter. */
    @Provider
    public static class WebErrorMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof ParamException param) {
                return Problem.invalid(List.of(new Problem.FieldError(param.getParameterName(), Reason.WRONG_TYPE,
                        "is not a valid value of its type"))).at(RequestPath.of(uriInfo)).toResponse();
            }
            Throwable unreadable = e.getCause();
            if (unreadable != null && (unreadable instanceof JsonbException || unreadable instanceof JsonParsingException
                    || unreadable instanceof ProcessingException)) {
                return UnreadableBodyMapper.problemFor(unreadable, uriInfo);
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 404 -> "no such resource";
                case 405 -> "this resource does not support the method";
                case 406 -> "this resource answers application/json only";
                case 415 -> "send the body as application/json (a file upload as multipart/form-data)";
                default -> status.getReasonPhrase();
            };
            Response problem = Problem.of(status, detail).at(RequestPath.of(uriInfo)).toResponse();
            // Keep Allow and similar headers the exception carries (RFC 9110 asks for Allow on 405).
            Response.ResponseBuilder builder = Response.fromResponse(problem);
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
            return builder.build();
        }
    }

    /** A body that is not JSON, is cut short, holds a wrong type or an unknown enum value, or is too large. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ProcessingException e) {
            return problemFor(e, uriInfo);
        }

        static Response problemFor(Throwable e, UriInfo uriInfo) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodySizeLimit.BodyTooLarge) {
                    return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, cause.getMessage())
                            .at(RequestPath.of(uriInfo)).toResponse();
                }
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage());
                Matcher property = JSONB_PROPERTY.matcher(message);
                if (property.find()) {
                    return Problem.invalid(List.of(new Problem.FieldError(property.group(1), Reason.WRONG_TYPE,
                            "has a value of the wrong type, or a value that is not one of the allowed ones")))
                            .at(RequestPath.of(uriInfo)).toResponse();
                }
            }
            return Problem.of(Status.BAD_REQUEST, "the body is not well-formed JSON of the expected shape")
                    .at(RequestPath.of(uriInfo)).toResponse();
        }
    }

    @Provider
    public static class JsonbMapper implements ExceptionMapper<JsonbException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(JsonbException e) {
            return UnreadableBodyMapper.problemFor(e, uriInfo);
        }
    }
}
