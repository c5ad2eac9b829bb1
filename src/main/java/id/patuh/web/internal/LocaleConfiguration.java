package id.patuh.web.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Bahasa Indonesia unless the user chose English ({@code ?lang=en}, remembered in a cookie). Pages ignore the browser's
 * Accept-Language on purpose — most Indonesian browsers announce English; API callers get English when they ask for it.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("patuh-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale chosen = super.resolveLocale(request);
                return SUPPORTED.stream().filter(l -> l.getLanguage().equals(chosen.getLanguage())).findFirst()
                        .orElse(INDONESIAN);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
        return resolver;
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Language");
        // An error dispatch (a refusal before any handler, e.g. an upload too large) keeps the caller's original path.
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        if (uri.startsWith(request.getContextPath() + "/api/") && accept != null && !accept.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformedHeader) {
                return INDONESIAN;
            }
        }
        return INDONESIAN;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                // Reading "lang" from an upload makes the servlet container parse the body itself, and an upload over
                // the size limit would then fail as a container error (a 500). Uploads are resolved lazily; resolving
                // them here first lets an oversized one fail as MaxUploadSizeExceededException, answered as such.
                if (request instanceof MultipartHttpServletRequest upload) {
                    upload.getMultiFileMap();
                }
                return super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
