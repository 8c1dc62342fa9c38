/**
 * Benchmarks of the per-article pipeline, behind {@code dyad bench}:
 * {@link dev.dyad.app.bench.PipelineBenchmark} reads a {@link dev.dyad.app.bench.BenchCorpus}
 * into memory, times loading, one untimed warm-up pass and the timed pass(es)
 * ({@code TimedPasses}), reads heap peaks from the JVM's memory pools ({@code HeapPeaks}) and
 * returns {@link dev.dyad.app.bench.BenchFigures}.
 *
 * <p>With a baseline it measures a bare CoreNLP pipeline ({@link dev.dyad.app.bench.CoreNlpBaseline})
 * the same way in the same process, so the ratio Dyad/CoreNLP says what Dyad's cleaning, date
 * rules and conversion into its own records cost on top of CoreNLP (and what reading only content
 * lines saves). {@code CoreNlpBaseline} is the only class outside {@code dev.dyad.core.annotate}
 * that touches CoreNLP types.
 *
 * <p>Figures are wall-clock on a shared machine: read them next to the load average.
 */
package dev.dyad.app.bench;
