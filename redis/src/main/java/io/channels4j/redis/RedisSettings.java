package io.channels4j.redis;

import io.lettuce.core.RedisURI;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The settings read from a {@code redis://} or {@code rediss://} URL.
 *
 * <p>{@code redis://[[user:]password@]host[:port][/db][?prefix=..&node-timeout=..&timeout=..
 * &degraded-start=true]}. Durations are milliseconds, or a number with {@code ms}, {@code s} or
 * {@code m}.
 */
record RedisSettings(
    RedisURI redisUri,
    String redacted,
    String prefix,
    Duration nodeTimeout,
    Duration commandTimeout,
    boolean degradedStart) {

  static final String DEFAULT_PREFIX = "channels4j:";
  static final Duration DEFAULT_NODE_TIMEOUT = Duration.ofSeconds(15);
  static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

  /** How often a node refreshes its heartbeat: a third of the node timeout. */
  Duration heartbeatInterval() {
    return nodeTimeout.dividedBy(3);
  }

  /** Parses {@code url}; throws {@link IllegalArgumentException} naming what is wrong. */
  static RedisSettings parse(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw new IllegalArgumentException("Not a redis:// or rediss:// URL: " + redact(url));
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("Redis URL without a host: " + redact(url));
    }
    int port = url.getPort() < 0 ? RedisURI.DEFAULT_REDIS_PORT : url.getPort();
    RedisURI.Builder builder = RedisURI.builder().withHost(host).withPort(port);
    builder.withSsl(scheme.equals("rediss"));
    String userInfo = url.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      if (colon < 0) {
        builder.withPassword(decode(userInfo).toCharArray());
      } else {
        String user = decode(userInfo.substring(0, colon));
        char[] password = decode(userInfo.substring(colon + 1)).toCharArray();
        if (user.isEmpty()) {
          builder.withPassword(password);
        } else {
          builder.withAuthentication(user, password);
        }
      }
    }
    String path = url.getPath();
    if (path != null && path.length() > 1) {
      try {
        builder.withDatabase(Integer.parseInt(path.substring(1)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Redis URL path must be a database number: " + redact(url), e);
      }
    }
    Map<String, String> query = query(url);
    String prefix = query.getOrDefault("prefix", DEFAULT_PREFIX);
    Duration nodeTimeout =
        duration(query, "node-timeout", DEFAULT_NODE_TIMEOUT, url, Duration.ofMillis(300));
    Duration commandTimeout =
        duration(query, "timeout", DEFAULT_COMMAND_TIMEOUT, url, Duration.ofMillis(1));
    boolean degradedStart = Boolean.parseBoolean(query.getOrDefault("degraded-start", "false"));
    builder.withTimeout(commandTimeout);
    return new RedisSettings(
        builder.build(), redact(url), prefix, nodeTimeout, commandTimeout, degradedStart);
  }

  /** The URL without its password, for messages and logs. */
  static String redact(URI url) {
    StringBuilder out = new StringBuilder();
    out.append(url.getScheme()).append("://");
    String userInfo = url.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      out.append(colon > 0 ? userInfo.substring(0, colon) + ":***@" : "***@");
    }
    out.append(url.getHost());
    if (url.getPort() >= 0) {
      out.append(':').append(url.getPort());
    }
    if (url.getRawPath() != null) {
      out.append(url.getRawPath());
    }
    return out.toString();
  }

  private static Map<String, String> query(URI url) {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = url.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "true" : decode(pair.substring(eq + 1));
      out.put(name.toLowerCase(Locale.ROOT), value);
    }
    return out;
  }

  private static Duration duration(
      Map<String, String> query, String name, Duration fallback, URI url, Duration min) {
    String text = query.get(name);
    if (text == null) {
      return fallback;
    }
    String value = text.trim().toLowerCase(Locale.ROOT);
    Duration parsed;
    try {
      if (value.endsWith("ms")) {
        parsed = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      } else if (value.endsWith("s")) {
        parsed = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
      } else if (value.endsWith("m")) {
        parsed = Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
      } else {
        parsed = Duration.ofMillis(Long.parseLong(value));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Redis URL parameter " + name + "=" + text + " is not a duration: " + redact(url), e);
    }
    if (parsed.compareTo(min) < 0) {
      throw new IllegalArgumentException(
          "Redis URL parameter " + name + " must be at least " + min.toMillis() + " ms");
    }
    return parsed;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
