package io.wallbreaker.support;

import io.micronaut.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/** A response as tests see it: status, headers, and the JSON body parsed into maps and lists. */
public record Resp(int status, HttpHeaders headers, String raw, Object body) {

    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
        return (Map<String, Object>) body;
    }

    @SuppressWarnings("unchecked")
    public List<Object> list() {
        return (List<Object>) body;
    }

    /** A value by dotted path, with [n] for list elements: {@code "errors[0].field"}. */
    public Object at(String path) {
        Object current = body;
        for (String part : path.split("\\.")) {
            String name = part;
            Integer index = null;
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                name = part.substring(0, bracket);
                index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
            }
            if (!name.isEmpty()) {
                current = current instanceof Map<?, ?> m ? m.get(name) : null;
            }
            if (index != null) {
                current = current instanceof List<?> l && index < l.size() ? l.get(index) : null;
            }
        }
        return current;
    }

    public String str(String path) {
        Object v = at(path);
        return v == null ? null : v.toString();
    }

    public long num(String path) {
        return ((Number) at(path)).longValue();
    }

    public String contentType() {
        return headers.get(HttpHeaders.CONTENT_TYPE);
    }

    /** The field names listed in a validation problem's {@code errors}. */
    public List<String> errorFields() {
        Object errors = map().get("errors");
        if (!(errors instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .map(e -> String.valueOf(((Map<?, ?>) e).get("field")))
                .toList();
    }

    @Override
    public String toString() {
        return status + " " + raw;
    }
}
