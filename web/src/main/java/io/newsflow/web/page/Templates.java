package io.newsflow.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The page's JTE templates, compiled to Java at build time (jte-maven-plugin, package {@value
 * #PACKAGE}). HTML content type: every {@code ${...}} is escaped for where it stands (text or
 * attribute), so an article's markup shows as text.
 */
public final class Templates {
  static final String PACKAGE = "io.newsflow.web.templates";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(),
          PACKAGE);

  /** Renders {@code name} (e.g. {@code index.jte}) with its parameters. */
  public String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(name, params, out);
    return out.toString();
  }

  public String render(String name, String param, Object value) {
    return render(name, Map.of(param, value));
  }
}
