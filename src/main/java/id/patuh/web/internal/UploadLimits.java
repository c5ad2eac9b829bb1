package id.patuh.web.internal;

import id.patuh.web.BulkUpload;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Two upload sizes. The servlet container accepts up to {@code patuh.uploads.max-bytes}, which only the handlers marked
 * {@link BulkUpload} (imports, cycle archives) may use. Every other multipart request — evidence, counter-evidence,
 * methodology files, signature images — is refused here, before Spring Security reads a form's {@code _csrf} field
 * (which would make the container store the whole body first): past the evidence limit plus 1 MB by its declared
 * length (413), or without a declared length at all (411). A file just over the evidence limit still reaches the
 * evidence rule and its message.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** Room for the form's other fields and the multipart framing around the file itself. */
    private static final long FRAMING = DataSize.ofMegabytes(1).toBytes();

    /** Before the security filters (Spring Security's chain is registered at -100). */
    private static final int ORDER = -110;

    @Bean
    FilterRegistrationBean<Filter> uploadLimitFilter(@Value("${patuh.evidence.max-bytes}") long evidenceMaxBytes,
                                                    @Qualifier("requestMappingHandlerMapping")
                                                    ObjectProvider<RequestMappingHandlerMapping> mappings) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new Filter(evidenceMaxBytes + FRAMING, mappings));
        registration.setOrder(ORDER);
        return registration;
    }

    /** The filter itself; the bulk routes are read once from the handler mappings' {@link BulkUpload} methods. */
    static final class Filter extends OncePerRequestFilter {

        private final long ordinaryMaxBytes;
        private final ObjectProvider<RequestMappingHandlerMapping> mappings;
        private volatile List<PathPattern> bulkRoutes;

        Filter(long ordinaryMaxBytes, ObjectProvider<RequestMappingHandlerMapping> mappings) {
            this.ordinaryMaxBytes = ordinaryMaxBytes;
            this.mappings = mappings;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String contentType = request.getContentType();
            return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long length = request.getContentLengthLong();
            if ((length < 0 || length > ordinaryMaxBytes) && !bulk(request)) {
                response.sendError(length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED
                        : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            chain.doFilter(request, response);
        }

        private boolean bulk(HttpServletRequest request) {
            PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
            return bulkRoutes().stream().anyMatch(pattern -> pattern.matches(path));
        }

        private List<PathPattern> bulkRoutes() {
            List<PathPattern> routes = bulkRoutes;
            if (routes == null) {
                routes = mappings.getObject().getHandlerMethods().entrySet().stream()
                        .filter(e -> e.getValue().hasMethodAnnotation(BulkUpload.class))
                        .filter(e -> e.getKey().getPathPatternsCondition() != null)
                        .flatMap(e -> e.getKey().getPathPatternsCondition().getPatterns().stream())
                        .toList();
                bulkRoutes = routes;
            }
            return routes;
        }
    }
}
