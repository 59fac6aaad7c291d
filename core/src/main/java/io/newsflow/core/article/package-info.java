/** Articles as extracted from a page and as published on {@code news-raw-v1}, and their identity. */
package io.newsflow.core.article;
