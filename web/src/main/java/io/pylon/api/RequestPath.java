package io.pylon.api;

import jakarta.ws.rs.core.UriInfo;

/** The path of the request a problem is about, for the problem's {@code instance}. */
final class RequestPath {

    private RequestPath() {
    }

    static String of(UriInfo uriInfo) {
        return uriInfo == null ? null : "/api/" + uriInfo.getPath(false).replaceFirst("^/", "");
    }
}
