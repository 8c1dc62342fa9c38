/**
 * The read-only web server: a JSON API over a resolved knowledge base and the page that shows a
 * pair's profile. {@link dev.dyad.app.web.DyadServer} wires Javalin (GET routes only, bound to
 * 127.0.0.1 by default); {@link dev.dyad.app.web.DyadApi} answers the API; the page's HTML, script
 * and styles are static resources under {@code /web}, with vis-timeline vendored there and
 * Chart.js from its webjar, so the page works offline.
 *
 * <p>Article text is untrusted: the API sends it only as JSON (with {@code < > &} escaped), the
 * page writes it with {@code textContent}, and a Content-Security-Policy forbids inline and
 * foreign scripts.
 */
package dev.dyad.app.web;
