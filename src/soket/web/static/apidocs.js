// soket API docs: Swagger UI (vendored) over this server's /openapi.json.
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  window.ui = window.SwaggerUIBundle({
    url: el.getAttribute("data-openapi"),
    domNode: el,
    deepLinking: true,
    validatorUrl: null,  // no call to validator.swagger.io
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
})();
