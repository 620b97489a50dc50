package io.wallbreaker.system;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI document generated at build time, and a Swagger UI page to browse it. */
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ApiDocsController {

    private final byte[] openApi;
    private final byte[] docsPage;

    ApiDocsController(ResourceResolver resources) {
        this.openApi = read(resources, "classpath:META-INF/swagger/wallbreaker.yml");
        this.docsPage = read(resources, "classpath:docs-ui/index.html");
    }

    @Get("/openapi.yml")
    HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(openApi).contentType(MediaType.of("application/yaml"));
    }

    @Get("/docs")
    HttpResponse<byte[]> docs() {
        return HttpResponse.ok(docsPage).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static byte[] read(ResourceResolver resources, String path) {
        InputStream in = resources
                .getResourceAsStream(path)
                .orElseThrow(() -> new IllegalStateException(path + " missing from the build"));
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
