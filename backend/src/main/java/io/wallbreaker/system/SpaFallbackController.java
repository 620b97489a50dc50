package io.wallbreaker.system;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.wallbreaker.common.Problem;
import io.wallbreaker.common.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Unknown paths: under /api a 404 problem; elsewhere the Vue app's index.html, so that
 * reloading a deep link such as /incidents/42 lets the client-side router take over.
 */
@Controller
final class SpaFallbackController {

    private final byte[] indexHtml;

    SpaFallbackController(ResourceResolver resources) {
        this.indexHtml = resources
                .getResourceAsStream("classpath:public/index.html")
                .map(SpaFallbackController::readAll)
                .orElse(null);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean api = path.equals("/api") || path.startsWith("/api/");
        boolean looksLikeFile = path.substring(path.lastIndexOf('/') + 1).contains(".");
        if (api && request.getUserPrincipal().isEmpty()) {
            // Do not reveal which API paths exist to callers who are not signed in.
            return Problems.response(401, Problem.of(401, "Unauthorized", "Sign in to use the API."));
        }
        if (api || looksLikeFile || indexHtml == null || !acceptsHtml(request)) {
            return Problems.response(404, Problem.of(404, "Not Found", "No resource at " + path + "."));
        }
        return HttpResponse.ok(indexHtml).contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-cache");
    }

    private static boolean acceptsHtml(HttpRequest<?> request) {
        Optional<String> accept = request.getHeaders().get("Accept", String.class);
        return accept.isEmpty()
                || accept.get().contains("text/html")
                || accept.get().contains("*/*");
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
