package id.patuh.results.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public site's routes. Functional endpoints rather than {@code @Controller}s on purpose: controller advice model
 * attributes (the shell's, one of which queries the database) run before every annotated handler, and a cached page
 * must be served without touching the database.
 */
@Configuration(proxyBeanMethods = false)
class SiteRoutes {

    @Bean
    RouterFunction<ServerResponse> publicSite(SitePages site) {
        RouterFunctions.Builder routes = RouterFunctions.route();
        Map<String, HandlerFunction<ServerResponse>> pages = new LinkedHashMap<>();
        pages.put("/hasil", site::index);
        pages.put("/hasil/{year}", site::rankings);
        pages.put("/hasil/{year}/entitas/{code}", site::entity);
        pages.put("/hasil/{year}/provinsi/{code}", site::province);
        pages.put("/peta", site::mapIndex);
        pages.put("/peta/{year}", site::map);
        pages.put("/statistik", site::statistics);
        // HEAD answers as GET without the body (link checkers and caches ask with HEAD).
        pages.forEach((path, handler) -> routes.GET(path, handler).HEAD(path, handler));
        return routes.build();
    }
}
