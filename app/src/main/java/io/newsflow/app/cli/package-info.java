/** The subcommands of {@code newsflow}; each only parses options and wires the stages. */
package io.newsflow.app.cli;
