// Starts Swagger UI on the OpenAPI document generated at build time.
window.ui = SwaggerUIBundle({
  url: '/api/openapi.yml',
  dom_id: '#swagger-ui',
  deepLinking: true,
  layout: 'BaseLayout',
});
