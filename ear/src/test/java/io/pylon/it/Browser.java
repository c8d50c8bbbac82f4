package io.pylon.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * What a browser does over HTTP, without the rendering: keeps cookies, posts the login form,
 * calls the API with its session. Redirects are not followed, so that tests see them.
 */
final class Browser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> login(String username, String password) {
        String form = "username=" + username + "&password=" + password;
        return send(HttpRequest.newBuilder(Api.base().resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> get(String path) {
        return send(api(path).GET());
    }

    HttpResponse<String> post(String path, String json, String csrfToken) {
        HttpRequest.Builder builder = api(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            builder.header("X-CSRF-Token", csrfToken);
        }
        return send(builder);
    }

    String sessionId() {
        return cookies.getCookieStore().get(URI.create(Api.base().toString())).stream()
                .filter(cookie -> cookie.getName().equals("PYLON_SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(Api.base().resolve(path.replaceFirst("^/", "")))
                .header("Accept", "application/json")
                .header("X-Requested-With", "XMLHttpRequest");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }
}
