-- Newsflow sink schema, version 1: one row per article (its latest version), its entities and
-- its claims. The sink replaces an article's rows only when a newer version arrives.

CREATE TABLE articles (
    id                   text        PRIMARY KEY CHECK (id <> ''),
    version              integer     NOT NULL CHECK (version >= 1),
    schema_version       integer     NOT NULL,
    updated              boolean     NOT NULL DEFAULT false,
    url                  text        NOT NULL CHECK (url <> ''),
    canonical_url        text,
    source               text,
    site                 text,
    site_name            text,
    title                text,
    description          text,
    section              text,
    tags                 text[]      NOT NULL DEFAULT '{}',
    image                text,
    authors              text[]      NOT NULL DEFAULT '{}',
    published_at         timestamptz,
    modified_at          timestamptz,
    language             text,
    body                 text        NOT NULL,
    word_count           integer     NOT NULL CHECK (word_count >= 0),
    content_hash         text,
    paywalled            boolean     NOT NULL,
    fetched_at           timestamptz,
    enriched_at          timestamptz,
    enrichment_engine    text,
    enrichment_skipped   text,
    enrichment_truncated boolean,
    written_at           timestamptz NOT NULL DEFAULT now(),
    -- When the story happened as far as we know: its publication time, else when we fetched it.
    article_time         timestamptz GENERATED ALWAYS AS (coalesce(published_at, fetched_at)) STORED,
    -- Full-text search: title weighs most, then description, then body. English articles are
    -- stemmed; others are indexed word for word. The body is capped so that one huge page
    -- cannot exceed the tsvector size limit.
    search               tsvector    GENERATED ALWAYS AS (
        setweight(to_tsvector(CASE WHEN language IS NULL OR language LIKE 'en%'
                                   THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                              coalesce(title, '')), 'A')
        || setweight(to_tsvector(CASE WHEN language IS NULL OR language LIKE 'en%'
                                      THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                                 coalesce(description, '')), 'B')
        || setweight(to_tsvector(CASE WHEN language IS NULL OR language LIKE 'en%'
                                      THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                                 left(body, 200000)), 'C')
    ) STORED
);

-- Every index costs time on each write; these serve the questions of docs/sql.md.
CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_time_idx ON articles (article_time DESC);

CREATE TABLE entities (
    article_id    text             NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_key    text             NOT NULL CHECK (entity_key <> ''),
    name          text             NOT NULL,
    type          text             NOT NULL,
    mention_count integer          NOT NULL CHECK (mention_count >= 0),
    salience      double precision NOT NULL CHECK (salience >= 0 AND salience <= 1),
    normalized    text,
    -- The article's time, copied here so "entities of the day" needs no join to filter.
    article_time  timestamptz,
    PRIMARY KEY (article_id, entity_key)
);

-- Look entities up by key: a name maps to its keys (EntityKey: type and folded name), so
-- "Meta" is organization:meta. The entities of a time window come through articles_time_idx
-- and the primary key.
CREATE INDEX entities_key_time_idx ON entities (entity_key, article_time DESC);

CREATE TABLE claims (
    article_id     text        NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq            integer     NOT NULL CHECK (seq >= 1),
    stance         text        NOT NULL,
    speaker_text   text,
    -- The canonical name the speaker resolves to ("Meta"), and that entity's key when known.
    speaker_entity text,
    speaker_key    text,
    speaker_kind   text,
    cue            text,
    quote_kind     text,
    hedged         boolean     NOT NULL,
    claim_type     text,
    text           text        NOT NULL,
    start_offset   integer     NOT NULL CHECK (start_offset >= 0),
    end_offset     integer     NOT NULL CHECK (end_offset >= start_offset),
    -- The seq of the allegation this claim answers (a denial rebutting it), else null.
    answers        integer,
    article_time   timestamptz,
    PRIMARY KEY (article_id, seq)
);

CREATE INDEX claims_speaker_idx ON claims (speaker_key, stance, article_time DESC);
CREATE INDEX claims_stance_time_idx ON claims (stance, article_time DESC);
