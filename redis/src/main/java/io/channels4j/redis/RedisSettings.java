package io.channels4j.redis;

import io.lettuce.core.RedisURI;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings read from a {@code redis://}, {@code rediss://}, {@code redis-cluster://} or {@code
 * rediss-cluster://} URL.
 *
 * <p>{@code redis://[[user:]password@]host[:port][/db][?prefix=..&node-timeout=..&timeout=..
 * &degraded-start=true]}; a cluster is {@code redis-cluster://[[user:]password@]host[:port][,host[:
 * port]...][?...]}, its seed nodes (any few of its nodes; the others are discovered), with the same
 * options and no database. Durations are milliseconds, or a number with {@code ms}, {@code s} or
 * {@code m}.
 *
 * @param uris the server, or the cluster's seed nodes
 * @param cluster whether {@code uris} are nodes of a Redis Cluster
 */
record RedisSettings(
    List<RedisURI> uris,
    boolean cluster,
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

  /** The one server of a standalone URL (the first seed of a cluster's). */
  RedisURI redisUri() {
    return uris.get(0);
  }

  /** Parses {@code url}; throws {@link IllegalArgumentException} naming what is wrong. */
  static RedisSettings parse(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean cluster = scheme.endsWith("-cluster");
    boolean ssl = scheme.startsWith("rediss");
    if (!List.of("redis", "rediss", "redis-cluster", "rediss-cluster").contains(scheme)) {
      throw new IllegalArgumentException(
          "Not a redis://, rediss://, redis-cluster:// or rediss-cluster:// URL: " + redact(url));
    }
    String authority = url.getRawAuthority() == null ? "" : url.getRawAuthority();
    int at = authority.lastIndexOf('@');
    String hosts = authority.substring(at + 1);
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("Redis URL without a host: " + redact(url));
    }
    if (!cluster && hosts.contains(",")) {
      throw new IllegalArgumentException(
          "Several hosts need a redis-cluster:// URL: " + redact(url));
    }
    Map<String, String> query = query(url);
    String prefix = query.getOrDefault("prefix", DEFAULT_PREFIX);
    if (cluster && (prefix.contains("{") || prefix.contains("}"))) {
      // The keys' hash tags follow the prefix: a brace in it would take their place.
      throw new IllegalArgumentException(
          "A Redis Cluster prefix may not contain { or }: " + prefix);
    }
    Duration nodeTimeout =
        duration(query, "node-timeout", DEFAULT_NODE_TIMEOUT, url, Duration.ofMillis(300));
    Duration commandTimeout =
        duration(query, "timeout", DEFAULT_COMMAND_TIMEOUT, url, Duration.ofMillis(1));
    boolean degradedStart = Boolean.parseBoolean(query.getOrDefault("degraded-start", "false"));
    int database = database(url, cluster);
    List<RedisURI> uris = new ArrayList<>();
    for (String address : hosts.split(",", -1)) {
      RedisURI.Builder builder = address(address, url).withSsl(ssl).withTimeout(commandTimeout);
      credentials(builder, at < 0 ? "" : authority.substring(0, at));
      uris.add(builder.withDatabase(database).build());
    }
    return new RedisSettings(
        List.copyOf(uris),
        cluster,
        redact(url),
        prefix,
        nodeTimeout,
        commandTimeout,
        degradedStart);
  }

  /** A {@code host[:port]} (the host may be an IPv6 address in brackets). */
  private static RedisURI.Builder address(String address, URI url) {
    int colon = address.lastIndexOf(':');
    if (colon < address.lastIndexOf(']')) {
      colon = -1; // a colon inside an IPv6 address
    }
    String host = colon < 0 ? address : address.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("Redis URL without a host: " + redact(url));
    }
    int port = RedisURI.DEFAULT_REDIS_PORT;
    if (colon >= 0) {
      try {
        port = Integer.parseInt(address.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Redis URL with a bad port: " + redact(url), e);
      }
    }
    return RedisURI.builder().withHost(host).withPort(port);
  }

  private static void credentials(RedisURI.Builder builder, String userInfo) {
    if (userInfo.isEmpty()) {
      return;
    }
    int colon = userInfo.indexOf(':');
    if (colon < 0) {
      builder.withPassword(decode(userInfo).toCharArray());
      return;
    }
    String user = decode(userInfo.substring(0, colon));
    char[] password = decode(userInfo.substring(colon + 1)).toCharArray();
    if (user.isEmpty()) {
      builder.withPassword(password);
    } else {
      builder.withAuthentication(user, password);
    }
  }

  private static int database(URI url, boolean cluster) {
    String path = url.getPath();
    if (path == null || path.length() <= 1) {
      return 0;
    }
    if (cluster) {
      throw new IllegalArgumentException(
          "A Redis Cluster has no databases: no path in " + redact(url));
    }
    try {
      return Integer.parseInt(path.substring(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Redis URL path must be a database number: " + redact(url), e);
    }
  }

  /** The URL without its password, for messages and logs. */
  static String redact(URI url) {
    StringBuilder out = new StringBuilder();
    out.append(url.getScheme()).append("://");
    String authority = url.getRawAuthority() == null ? "" : url.getRawAuthority();
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      int colon = authority.indexOf(':');
      out.append(colon > 0 && colon < at ? authority.substring(0, colon) + ":***@" : "***@");
    }
    out.append(authority.substring(at + 1));
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
