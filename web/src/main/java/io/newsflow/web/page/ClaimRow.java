package io.newsflow.web.page;

/** A claim in the claims view, with the article it is from. */
public record ClaimRow(ClaimView claim, String articleTitle, String articleUrl, String outlet,
    String published, String articleElementId) {}
