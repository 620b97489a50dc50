package io.wallbreaker.discovery;

import io.micronaut.core.annotation.Nullable;
import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names as inventories and catalogs write them, brought to one form for comparison. */
final class Hosts {

    private static final Pattern HOST =
            Pattern.compile("(\\*\\.)?[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");

    private Hosts() {}

    /**
     * Lower case, without a trailing dot, international names in their ASCII form; null when it is
     * not a host name ({@code *.suffix} is allowed: a known system's wildcard).
     */
    static @Nullable String normalise(@Nullable String host) {
        if (host == null) {
            return null;
        }
        String h = host.trim();
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty() || h.length() > 253) {
            return null;
        }
        try {
            h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return HOST.matcher(h).matches() ? h : null;
    }

    /** The host of an http(s) URL (also without a scheme: {@code shop.acme.example/path}); null otherwise. */
    static @Nullable String ofUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.trim();
        if (!u.contains("://")) {
            u = "https://" + u;
        }
        try {
            URI uri = URI.create(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            return normalise(uri.getHost());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The provider a host name points at, for a DNS name's CNAME target; null when none is recognised. */
    static @Nullable String providerOf(String host) {
        String[][] known = {
            {".herokuapp.com", "Heroku"},
            {".herokudns.com", "Heroku"},
            {".cloudfront.net", "AWS CloudFront"},
            {".elb.amazonaws.com", "AWS Elastic Load Balancing"},
            {".amazonaws.com", "AWS"},
            {".azurewebsites.net", "Azure App Service"},
            {".cloudapp.azure.com", "Azure"},
            {".appspot.com", "Google App Engine"},
            {".run.app", "Google Cloud Run"},
            {".vercel.app", "Vercel"},
            {".vercel-dns.com", "Vercel"},
            {".netlify.app", "Netlify"},
            {".github.io", "GitHub Pages"},
            {".fly.dev", "Fly.io"},
            {".onrender.com", "Render"},
            {".pages.dev", "Cloudflare Pages"},
        };
        for (String[] k : known) {
            if (host.endsWith(k[0])) {
                return k[1];
            }
        }
        return null;
    }
}
