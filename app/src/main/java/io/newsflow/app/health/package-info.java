/**
 * What {@code /health/live} and {@code /health/ready} answer: named checks of the broker, the
 * stages this process runs and their destinations, each saying what is wrong or nothing.
 * Liveness fails only when a stage stopped for good (a supervisor should restart the process);
 * readiness fails while the process cannot do its work (broker unreachable, Streams not
 * RUNNING, the sink paused on an unreachable PostgreSQL).
 */
package io.newsflow.app.health;
