package io.newsflow.enrich;

/**
 * A text to enrich with the name reports refer to it by: a file name, or a page and the cut of it
 * ({@code 0412.html~prefix-0-6}).
 */
public record NamedText(String name, String text) {}
