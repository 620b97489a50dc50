package io.wallbreaker;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts Wallbreaker: the API under /api and the Vue app at /. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Wallbreaker API",
                        version = "0.1",
                        description = "Incidents, cross-team requests, shadow systems and wall metrics."))
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(RuntimeDefaults.resolve(System.getenv(), args))
                .start();
    }
}
