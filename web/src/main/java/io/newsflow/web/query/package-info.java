/**
 * Interactive queries of the page's Kafka Streams application across instances, shared by {@code
 * trending} and {@code sources}: the scope of a query ({@link io.newsflow.web.query.Scope}), the
 * other instances and how to ask them ({@link io.newsflow.web.query.Peers}, {@link
 * io.newsflow.web.query.HttpPeers}), and the small JSON-over-HTTP plumbing ({@link
 * io.newsflow.web.query.JsonHandler}, {@link io.newsflow.web.query.QueryParams}).
 *
 * <p>Design: <em>scatter-gather</em>. Every aggregate the page shows is keyed by what it ranks
 * (an entity key, a source id), so each key lives whole in one partition and so in one instance.
 * An instance answers {@code scope=local} from the partitions it owns; asked {@code scope=all}
 * (the default), it also asks every other instance that holds the store, found through {@code
 * KafkaStreams.metadataForAllStreamsClients()} and their {@code application.server}, over HTTP
 * with {@code scope=local} and the same reference time, and merges. Because no key is split
 * between instances, the merge of the local top-Ns is the exact global top-N. An instance that
 * does not answer makes the answer partial ({@code complete: false}, naming it) rather than
 * failing the page.
 */
package io.newsflow.web.query;
