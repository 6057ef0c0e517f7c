package io.channels4j.runtime.undertow;

import java.util.List;
import java.util.Locale;

/** Picks the error-text locale from an {@code Accept-Language} header. */
final class Locales {
  private Locales() {}

  /** The first supported language the client accepts, in its order of preference. */
  static Locale fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Locale.ROOT;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (RuntimeException e) {
      // Not only IllegalArgumentException: the JDK throws ArrayIndexOutOfBounds on "-" or "--".
      return Locale.ROOT;
    }
    for (Locale.LanguageRange range : ranges) {
      String tag = range.getRange().toLowerCase(Locale.ROOT);
      if (tag.equals("zh") || tag.startsWith("zh-")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if (tag.equals("en") || tag.startsWith("en-") || tag.equals("*")) {
        return Locale.ROOT;
      }
    }
    return Locale.ROOT;
  }
}
