package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accounts API as a client uses it: create, read, search, revise, history. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.pylonEar();
    }

    private final Api am = Api.as("am");

    @Test
    void createsReadsAndFindsAnAccount() {
        String name = "Kenya National Highways Authority " + UUID.randomUUID();
        Api.Answer created = am.post("/api/accounts", """
                {"name": "%s", "country": "KEN", "agencyType": "AUTHORITY", "sectors": ["ROAD", "BRIDGE"]}
                """.formatted(name));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject account = created.json();
        long id = account.getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/accounts/" + id);
        assertThat(account.getJsonNumber("version").longValue()).isZero();
        assertThat(account.getString("name")).isEqualTo(name);
        assertThat(account.getJsonArray("sectors").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("ROAD", "BRIDGE");

        Api.Answer read = am.get("/api/accounts/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("country")).isEqualTo("KEN");

        Api.Answer found = am.get("/api/accounts?q=" + name.substring(name.length() - 12) + "&country=KEN");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(found.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);
    }
}
