package id.patuh.results.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
    RouterFunction<ServerResponse> publicSite(SitePages pages) {
        return RouterFunctions.route()
                .GET("/hasil", pages::index)
                .GET("/hasil/{year}", pages::rankings)
                .GET("/hasil/{year}/entitas/{code}", pages::entity)
                .GET("/hasil/{year}/provinsi/{code}", pages::province)
                .GET("/peta", pages::mapIndex)
                .GET("/peta/{year}", pages::map)
                .GET("/statistik", pages::statistics)
                .build();
    }
}
