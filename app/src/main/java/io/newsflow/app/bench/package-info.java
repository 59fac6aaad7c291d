/**
 * The soak benchmark ({@code newsflow bench soak}, {@link io.newsflow.app.bench.SoakBenchmark})
 * and what it and the fault tests run the pipeline against: a synthetic publisher of fictional
 * news over many loopback hosts, whose articles appear, and some change, as time goes, listed in
 * feeds and sitemaps.
 */
package io.newsflow.app.bench;
