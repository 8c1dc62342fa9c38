/**
 * Renderers of a {@link dev.dyad.core.profile.DyadProfile}: Markdown for the terminal and the
 * README, a static HTML page, and JSON for the web API. Article text is untrusted: every renderer
 * escapes it for its format (HTML entities, Markdown punctuation, JSON with {@code <}, {@code >},
 * {@code &} and quotes as {@code \\u} escapes), so a quote can never become markup.
 */
package dev.dyad.app.profile;
