package io.pylon.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {

    private final UnexpectedErrorMapper mapper = new UnexpectedErrorMapper();

    @Test
    void anUnexpectedErrorIsA500ThatRevealsNoInternals() {
        Response response = mapper.toResponse(new IllegalStateException("SELECT * FROM app_user failed at io.pylon.X"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.detail()).startsWith("an unexpected error occurred; reference ")
                .doesNotContain("SELECT", "io.pylon", "IllegalState");
    }

    @Test
    void anOptimisticLockFailureAtCommitIsStillA409() {
        Response response = mapper.toResponse(new EJBException(new OptimisticLockException("row was updated")));

        assertThat(response.getStatus()).isEqualTo(409);
    }
}
