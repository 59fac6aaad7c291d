/**
 * The fault suite: the real pipeline in processes of its own, killed, starved and fed garbage,
 * with what it guarantees checked where users read it (news-enriched-v1 read committed, the JSON
 * Lines files, PostgreSQL). Each test has a CI form; the long forms run under the Maven profile
 * {@code faults-long} (system property {@code newsflow.faults.long=true}).
 */
package io.newsflow.app.faults;
