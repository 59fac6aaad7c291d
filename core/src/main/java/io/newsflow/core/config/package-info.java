/**
 * Configuration: one commented defaults file ({@code newsflow-defaults.yaml}), overridden by the
 * user's file, then by {@code NEWSFLOW_*} environment variables, then by command-line options;
 * parsed once at start-up into immutable records.
 */
package io.newsflow.core.config;
