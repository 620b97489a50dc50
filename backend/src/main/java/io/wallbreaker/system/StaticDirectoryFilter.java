package io.wallbreaker.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.wallbreaker.common.Problem;
import io.wallbreaker.common.Problems;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A folder of the built app (such as {@code /assets/}) is not a resource: the static-resource
 * handler would answer it with 200 and an empty body, which tells a scanner the folder exists and
 * a browser nothing. Such paths get a 404 problem instead. The folders are listed once at start.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class StaticDirectoryFilter implements Ordered {

    private static final String ROOT = "public";

    private final Set<String> directories;

    StaticDirectoryFilter(ResourceResolver resources) {
        this.directories = resources
                .getResource("classpath:" + ROOT + "/index.html")
                .map(StaticDirectoryFilter::directoriesBeside)
                .orElse(Set.of());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.order();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<Problem> refuseDirectories(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return null;
        }
        String path = request.getPath();
        String bare = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (bare.isEmpty() || !directories.contains(bare.substring(1))) {
            return null;
        }
        return Problems.response(404, Problem.of(404, "Not Found", "No resource at " + path + "."));
    }

    /** Folders (relative, without slashes at either end) under the folder holding index.html. */
    private static Set<String> directoriesBeside(URL index) {
        Set<String> found = new HashSet<>();
        try {
            if ("jar".equals(index.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) index.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream()
                            .map(e -> e.getName())
                            .filter(name -> name.startsWith(ROOT + "/") && name.length() > ROOT.length() + 1)
                            .forEach(name -> addParents(found, name.substring(ROOT.length() + 1)));
                }
            } else if ("file".equals(index.getProtocol())) {
                Path root = new File(index.toURI()).toPath().getParent();
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isDirectory)
                            .filter(p -> !p.equals(root))
                            .forEach(
                                    p -> found.add(root.relativize(p).toString().replace(File.separatorChar, '/')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Set.copyOf(found);
    }

    /** "assets/img/x.png" adds "assets" and "assets/img"; "assets/" adds "assets". */
    private static void addParents(Set<String> found, String entry) {
        int slash = entry.indexOf('/');
        while (slash > 0) {
            found.add(entry.substring(0, slash));
            slash = entry.indexOf('/', slash + 1);
        }
    }
}
