// Keyline's only script of its own. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  // Every htmx request carries the CSRF token that the layout puts in its meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });

  // The database is not reachable: the server answers an htmx request with 503 and a message
  // (header X-Keyline-Unavailable) and names where it goes (#kl-unavailable of the layout). htmx
  // swaps no error response by itself, so let this one in; what was typed stays in the form.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.status === 503 && xhr.getResponseHeader('X-Keyline-Unavailable')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // Put the focus on the first field with an error, so keyboard and screen-reader users land on it.
  document.addEventListener('DOMContentLoaded', function () {
    var invalid = document.querySelector('.is-invalid');
    if (invalid) {
      invalid.focus();
    }
  });
})();

// Account brief: buttons marked data-kl-print print the page (no inline script: the CSP forbids it).
document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('[data-kl-print]') : null;
  if (button) {
    event.preventDefault();
    window.print();
  }
});
