package io.newsflow.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Given names and their usual gender, from the name list that ships with CoreNLP's English
 * models (about 14,600 names). Used to recognise person names the tagger missed and to match
 * "he" and "she" to a person.
 */
public final class FirstNames {
  static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  /** A speaker's grammatical gender as far as a name or title tells. */
  public enum Gender {
    MALE,
    FEMALE
  }

  private static final class Holder {
    static final FirstNames INSTANCE = load();
  }

  private final Map<String, Gender> genders;

  FirstNames(Map<String, Gender> genders) {
    this.genders = Map.copyOf(genders);
  }

  /** The list, loaded once per JVM. */
  public static FirstNames shared() {
    return Holder.INSTANCE;
  }

  public boolean contains(String name) {
    return genders.containsKey(name.toLowerCase(Locale.ROOT));
  }

  public Optional<Gender> gender(String name) {
    return Optional.ofNullable(genders.get(name.toLowerCase(Locale.ROOT)));
  }

  private static FirstNames load() {
    Map<String, Gender> genders = new HashMap<>();
    try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP models jar missing: " + RESOURCE);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.split("\t");
        if (parts.length == 2) {
          genders.put(
              parts[0].trim().toLowerCase(Locale.ROOT),
              parts[1].trim().startsWith("F") ? Gender.FEMALE : Gender.MALE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FirstNames(genders);
  }
}
