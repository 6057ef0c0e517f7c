package io.channels4j.redis;

import io.channels4j.testing.RedisPerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract, held by the Redis backends on a real local Redis Cluster: three masters, three
 * replicas (the standalone server the superclass starts goes unused).
 */
class ClusterBackendContractTest extends RedisBackendContractTest {
  @RegisterExtension static final RedisPerClass cluster = RedisPerClass.ofCluster();

  @Override
  protected RedisPerClass redis() {
    return cluster;
  }
}
