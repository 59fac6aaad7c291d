/** The outcome of every fetch, published on {@code news-fetch-status-v1}. */
package io.newsflow.core.status;
