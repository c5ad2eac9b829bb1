package id.patuh.web.internal;

import id.patuh.web.BulkUpload;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two upload sizes: the servlet container accepts up to {@code patuh.uploads.max-bytes} (imports and cycle archives,
 * whose handlers say {@link BulkUpload}); every other upload — evidence, counter-evidence, methodology files — is held
 * to a little above the evidence limit, refused from its declared length before a byte of it is read, so a file just
 * over the evidence limit still meets the evidence rule and its message.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits implements WebMvcConfigurer, HandlerInterceptor {

    /** Room for the form's other fields and the multipart framing around the file itself. */
    private static final long FRAMING = DataSize.ofMegabytes(1).toBytes();

    private final long ordinaryMaxBytes;

    UploadLimits(@Value("${patuh.evidence.max-bytes}") long evidenceMaxBytes) {
        this.ordinaryMaxBytes = evidenceMaxBytes + FRAMING;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Before anything that reads a parameter (the language switch would parse the whole upload).
        registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return true;
        }
        boolean bulk = handler instanceof HandlerMethod method && method.hasMethodAnnotation(BulkUpload.class);
        if (!bulk && request.getContentLengthLong() > ordinaryMaxBytes) {
            throw new MaxUploadSizeExceededException(ordinaryMaxBytes);
        }
        return true;
    }
}
