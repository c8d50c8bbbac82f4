package io.pylon.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Content-Disposition of a file the API sends, its name in ASCII and in UTF-8 (RFC 6266), any language. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
