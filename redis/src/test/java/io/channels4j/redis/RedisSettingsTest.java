package io.channels4j.redis;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.BackendProvider;
import io.lettuce.core.RedisCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {
  private static RedisCredentials credentials(RedisSettings s) {
    return s.redisUri().getCredentialsProvider().resolveCredentials().block();
  }

  @Test
  void defaults() {
    RedisSettings s = RedisSettings.parse(URI.create("redis://localhost"));
    assertThat(s.redisUri().getHost()).isEqualTo("localhost");
    assertThat(s.redisUri().getPort()).isEqualTo(6379);
    assertThat(s.redisUri().getDatabase()).isEqualTo(0);
    assertThat(s.redisUri().isSsl()).isFalse();
    assertThat(s.prefix()).isEqualTo("channels4j:");
    assertThat(s.nodeTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(s.degradedStart()).isFalse();
  }

  @Test
  void everySetting() {
    RedisSettings s =
        RedisSettings.parse(
            URI.create(
                "rediss://pw%40x@cache.internal:6380/3?prefix=chat:&node-timeout=5s"
                    + "&timeout=750ms&degraded-start=true"));
    assertThat(s.redisUri().isSsl()).isTrue();
    assertThat(s.redisUri().getPort()).isEqualTo(6380);
    assertThat(s.redisUri().getDatabase()).isEqualTo(3);
    assertThat(new String(credentials(s).getPassword())).isEqualTo("pw@x");
    assertThat(s.prefix()).isEqualTo("chat:");
    assertThat(s.nodeTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.heartbeatInterval()).isLessThan(s.nodeTimeout());
    assertThat(s.commandTimeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(s.degradedStart()).isTrue();
    assertThat(s.redacted()).isEqualTo("rediss://***@cache.internal:6380/3");
  }

  @Test
  void userAndPassword() {
    RedisSettings s = RedisSettings.parse(URI.create("redis://app:secret@h:1/"));
    assertThat(credentials(s).getUsername()).isEqualTo("app");
    assertThat(new String(credentials(s).getPassword())).isEqualTo("secret");
    assertThat(s.redacted()).isEqualTo("redis://app:***@h:1/");
  }

  @Test
  void aClusterUrlNamesSeedNodes() {
    RedisSettings s =
        RedisSettings.parse(
            URI.create("redis-cluster://app:secret@10.0.0.1:7000,10.0.0.2,h:7002?prefix=chat:"));
    assertThat(s.cluster()).isTrue();
    assertThat(s.uris().stream().map(u -> u.getHost() + ":" + u.getPort()))
        .containsExactly("10.0.0.1:7000", "10.0.0.2:6379", "h:7002")
        .inOrder();
    assertThat(new String(credentials(s).getPassword())).isEqualTo("secret");
    assertThat(s.prefix()).isEqualTo("chat:");
    assertThat(s.redacted()).isEqualTo("redis-cluster://app:***@10.0.0.1:7000,10.0.0.2,h:7002");
    assertThat(RedisSettings.parse(URI.create("rediss-cluster://h:1")).redisUri().isSsl()).isTrue();
    assertThat(RedisSettings.parse(URI.create("redis://h")).cluster()).isFalse();
  }

  @Test
  void aClusterUrlRefusesADatabaseABracedPrefixAndSeveralHostsWithoutCluster() {
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> RedisSettings.parse(URI.create("redis-cluster://h:1/2")))
                .getMessage())
        .contains("no databases");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> RedisSettings.parse(URI.create("redis-cluster://h:1?prefix=a%7Bb%7D:")))
                .getMessage())
        .contains("{ or }");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> RedisSettings.parse(URI.create("redis://h:1,g:2")))
                .getMessage())
        .contains("redis-cluster://");
  }

  @Test
  void malformedUrlsSayWhatIsWrong() {
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> RedisSettings.parse(URI.create("redis://h/zero")))
                .getMessage())
        .contains("database number");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> RedisSettings.parse(URI.create("redis://h?node-timeout=soon")))
                .getMessage())
        .contains("node-timeout=soon");
    assertThrows(
        IllegalArgumentException.class, () -> RedisSettings.parse(URI.create("memory://")));
  }

  @Test
  void theProviderIsFoundByScheme() {
    BackendProvider found = null;
    for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
      if (p.supports("redis")) {
        found = p;
      }
    }
    assertThat(found).isInstanceOf(RedisBackendProvider.class);
    assertThat(found.supports("rediss")).isTrue();
    assertThat(found.supports("redis-cluster")).isTrue();
    assertThat(found.supports("rediss-cluster")).isTrue();
    assertThat(found.supports("memory")).isFalse();
  }
}
