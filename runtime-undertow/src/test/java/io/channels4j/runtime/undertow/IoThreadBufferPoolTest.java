package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.undertow.connector.PooledByteBuffer;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class IoThreadBufferPoolTest {
  private final IoThreadBufferPool pool = new IoThreadBufferPool(64);

  @Test
  void freedBufferComesBackClearedAndOnlyOnceWhenClosedTwice() {
    PooledByteBuffer first = pool.allocate();
    ByteBuffer buffer = first.getBuffer();
    buffer.put((byte) 1);
    first.close();
    first.close();
    assertThat(first.isOpen()).isFalse();
    assertThrows(IllegalStateException.class, first::getBuffer);

    PooledByteBuffer again = pool.allocate();
    PooledByteBuffer other = pool.allocate();
    assertThat(again.getBuffer()).isSameInstanceAs(buffer);
    assertThat(again.getBuffer().position()).isEqualTo(0);
    assertThat(other.getBuffer()).isNotSameInstanceAs(buffer);
  }

  @Test
  void handsOutDirectBuffersAndHasAHeapTwin() {
    assertThat(pool.isDirect()).isTrue();
    assertThat(pool.allocate().getBuffer().capacity()).isEqualTo(64);
    assertThat(pool.getArrayBackedPool().isDirect()).isFalse();
    assertThat(pool.getArrayBackedPool().allocate().getBuffer().hasArray()).isTrue();
  }

  @Test
  void countsWhatIsLeasedUntilItIsGivenBackOnceAndWhatIsDroppedForever() {
    PooledByteBuffer first = pool.allocate();
    PooledByteBuffer heap = pool.getArrayBackedPool().allocate();
    assertThat(pool.leased()).isEqualTo(2);
    first.close();
    first.close();
    heap.close();
    assertThat(pool.leased()).isEqualTo(0);

    pool.allocate(); // dropped without a close: a leak, counted for good
    pool.allocate().close();
    assertThat(pool.leased()).isEqualTo(1);
    assertThat(pool.leases()).isEqualTo(4);
  }
}
