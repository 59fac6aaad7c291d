/**
 * The contract every Newsflow stage shares: the records on the topics, the topics themselves with
 * their serdes, the configuration, and the error taxonomy. Nothing here depends on a stage.
 */
package io.newsflow.core;
