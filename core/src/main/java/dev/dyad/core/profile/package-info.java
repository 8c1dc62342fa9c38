/**
 * Profiles of a country pair ("dyad"): everything the resolved knowledge base says about two
 * countries, arranged as the sections of a brief, each line with the numbered sources it rests on.
 *
 * <p>{@link dev.dyad.core.profile.ProfileBuilder} is the entry point: it reads a
 * {@link dev.dyad.core.resolve.ResolvedKnowledge} and returns a {@link dev.dyad.core.profile.DyadProfile}.
 * Nothing enters a profile without evidence: every entry carries the evidence of the records it
 * was built from and the numbers of the sources (articles) that evidence points into. Rendering
 * (Markdown, HTML, JSON) belongs to the app; {@link dev.dyad.core.profile.DyadIndex} lists the
 * pairs a knowledge base knows and {@link dev.dyad.core.profile.EventQuery} filters its events.
 */
package dev.dyad.core.profile;
