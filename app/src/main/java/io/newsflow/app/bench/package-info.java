/**
 * What the soak benchmark and the fault tests run the pipeline against: a synthetic publisher of
 * fictional news over many loopback hosts, whose articles appear, and some change, as time goes.
 */
package io.newsflow.app.bench;
