/** The {@code newsflow} command: the launcher that runs the stages alone or together. */
package io.newsflow.app;
