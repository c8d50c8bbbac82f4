package io.pylon.api;

import io.pylon.imports.ImportFile;
import io.pylon.project.Evidence;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Refuses API request bodies over {@value #MAX_BYTES} bytes with 413: at once when the
 * declared length says so, and while reading when a chunked body grows past it. File uploads to
 * {@value #UPLOAD_PATH} may be up to {@value #MAX_UPLOAD_BYTES} bytes, evidence files of gate criteria up to
 * {@value #MAX_EVIDENCE_BYTES}.
 */
public class BodySizeLimit extends HttpFilter {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    /** 100 MiB: a file of 100 MB fits with its multipart envelope. */
    static final long MAX_UPLOAD_BYTES = ImportFile.MAX_BYTES;
    static final String UPLOAD_PATH = "/api/imports";
    /** An evidence file of 20 MiB with its multipart envelope. */
    static final long MAX_EVIDENCE_BYTES = Evidence.MAX_BYTES + 64L * 1024;
    static final Pattern EVIDENCE_PATH = Pattern.compile("/api/projects/\\d+/gates/\\d+/criteria/\\d+/evidence");

    /** Thrown by the counting stream; the body mappers turn it into a 413. */
    static class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("the request body exceeds " + limit + " bytes");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Content Too Large",
                    new BodyTooLarge(limit).getMessage(), request.getRequestURI());
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private ServletInputStream counted;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (counted == null) {
                    counted = new CountingInputStream(super.getInputStream(), limit);
                }
                return counted;
            }
        }, response);
    }

    /** The larger limits hold for uploads only: their paths exactly, by POST. */
    static long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"POST".equals(request.getMethod())) {
            return MAX_BYTES;
        }
        if (UPLOAD_PATH.equals(path)) {
            return MAX_UPLOAD_BYTES;
        }
        return EVIDENCE_PATH.matcher(path).matches() ? MAX_EVIDENCE_BYTES : MAX_BYTES;
    }

    private static final class CountingInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BodyTooLarge {
            count += n;
            if (count > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
