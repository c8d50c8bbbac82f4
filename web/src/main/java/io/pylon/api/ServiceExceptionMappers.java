package io.pylon.api;

import io.pylon.project.GateRefused;
import io.pylon.proposal.ProposalRefused;
import io.pylon.shared.Conflict;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Forbidden;
import io.pylon.shared.NotFound;
import io.pylon.shared.Reason;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** How the services' outcomes and invalid requests read as HTTP: 404, 403, 409 and 400 problems. */
final class ServiceExceptionMappers {

    private ServiceExceptionMappers() {
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(NotFound e) {
            return Problem.of(Status.NOT_FOUND, e.getMessage()).at(RequestPath.of(uriInfo)).toResponse();
        }
    }

    @Provider
    public static class ForbiddenMapper implements ExceptionMapper<Forbidden> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(Forbidden e) {
            return Problem.of(Status.FORBIDDEN, e.getMessage()).at(RequestPath.of(uriInfo)).toResponse();
        }
    }

    @Provider
    public static class ConflictMapper implements ExceptionMapper<Conflict> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(Conflict e) {
            List<Problem.FieldError> errors = e.field() == null
                    ? List.of() : List.of(new Problem.FieldError(e.field(), e.reason(), e.getMessage()));
            return Problem.conflict(e.getMessage(), errors).at(RequestPath.of(uriInfo)).toResponse();
        }
    }

    /** A decision the gate refuses names each must-meet criterion in the way as {@code criteria[<id>]}. */
    @Provider
    public static class GateRefusedMapper implements ExceptionMapper<GateRefused> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(GateRefused e) {
            List<Problem.FieldError> unmet = e.unmet().stream()
                    .map(criterion -> new Problem.FieldError("criteria[" + criterion.id() + "]", Reason.UNMET,
                            criterion.text()))
                    .toList();
            return Problem.conflict(e.getMessage(), unmet).at(RequestPath.of(uriInfo)).toResponse();
        }
    }

    /** A change the proposal's state refuses (a frozen version, a second draft, an award too early): 409. */
    @Provider
    public static class ProposalRefusedMapper implements ExceptionMapper<ProposalRefused> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ProposalRefused e) {
            return Problem.conflict(e.getMessage(), List.of(new Problem.FieldError(e.field(), Reason.NOT_ALLOWED,
                    e.getMessage()))).at(RequestPath.of(uriInfo)).toResponse();
        }
    }

    @Provider
    public static class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(InvalidRequest e) {
            return Problem.invalid(e.errors()).at(RequestPath.of(uriInfo)).toResponse();
        }
    }

    @Provider
    public static class RuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(DomainRuleViolation e) {
            return Problem.invalid(List.of(new Problem.FieldError(e.field(), e.reason(), e.getMessage())))
                    .at(RequestPath.of(uriInfo)).toResponse();
        }
    }
}
