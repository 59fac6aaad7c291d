/**
 * Test support for running the real {@code newsflow} launcher as a child process (so that
 * {@code kill -9} is real), and the fictional articles the process tests feed it.
 */
package io.newsflow.app.process;
