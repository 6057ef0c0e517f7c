package io.channels4j.runtime.undertow;

import io.undertow.connector.ByteBufferPool;
import io.undertow.connector.PooledByteBuffer;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.xnio.XnioIoThread;

/**
 * Undertow's buffer pool, with a plain cache per I/O thread, where nearly every buffer is taken and
 * given back. Undertow's default pool finds the calling thread's cache in a synchronized map on
 * every allocate and free, which cost a tenth of the server's CPU in the echo benchmark. Other
 * threads (handler pools, virtual threads) share one bounded queue.
 *
 * <p>It counts the buffers it has handed out and not been given back, so tests can tell that every
 * way a connection ends returns them ({@link #leased()}); a lease dropped without being closed is
 * never given back, and stays counted. Each allocate and free adds to a striped counter of its own,
 * so the I/O threads do not contend for one.
 */
final class IoThreadBufferPool implements ByteBufferPool {
  /** Buffers an I/O thread keeps for itself. */
  private static final int PER_THREAD = 16;

  /** Buffers kept in the shared queue; more are left to the garbage collector. */
  private static final int SHARED = 256;

  private final boolean direct;
  private final int bufferSize;
  private final ThreadLocal<ArrayDeque<ByteBuffer>> ioThreadCache =
      ThreadLocal.withInitial(ArrayDeque::new);
  private final ConcurrentLinkedQueue<ByteBuffer> shared = new ConcurrentLinkedQueue<>();
  private final AtomicInteger sharedCount = new AtomicInteger();
  private final LongAdder handedOut = new LongAdder();
  private final LongAdder givenBack = new LongAdder();
  private final IoThreadBufferPool arrayBacked;

  /** Direct buffers of {@code bufferSize} bytes, as Undertow's default pool hands out. */
  IoThreadBufferPool(int bufferSize) {
    this(true, bufferSize);
  }

  private IoThreadBufferPool(boolean direct, int bufferSize) {
    this.direct = direct;
    this.bufferSize = bufferSize;
    this.arrayBacked = direct ? new IoThreadBufferPool(false, bufferSize) : this;
  }

  @Override
  public PooledByteBuffer allocate() {
    ByteBuffer buffer = onIoThread() ? ioThreadCache.get().poll() : null;
    if (buffer == null) {
      buffer = shared.poll();
      if (buffer != null) {
        sharedCount.decrementAndGet();
      } else {
        buffer = direct ? ByteBuffer.allocateDirect(bufferSize) : ByteBuffer.allocate(bufferSize);
      }
    }
    handedOut.increment();
    return new Pooled(buffer);
  }

  private void free(ByteBuffer buffer) {
    givenBack.increment();
    buffer.clear();
    if (onIoThread()) {
      ArrayDeque<ByteBuffer> cache = ioThreadCache.get();
      if (cache.size() < PER_THREAD) {
        cache.push(buffer);
        return;
      }
    }
    if (sharedCount.incrementAndGet() <= SHARED) {
      shared.offer(buffer);
    } else {
      sharedCount.decrementAndGet();
    }
  }

  private static boolean onIoThread() {
    return Thread.currentThread() instanceof XnioIoThread;
  }

  /** Buffers handed out and not given back, by this pool and its heap twin. */
  long leased() {
    long back = givenBack.sum(); // first: a buffer given back now was handed out before
    return handedOut.sum() - back + (arrayBacked == this ? 0 : arrayBacked.leased());
  }

  /** Buffers handed out so far, by this pool and its heap twin, given back or not. */
  long leases() {
    return handedOut.sum() + (arrayBacked == this ? 0 : arrayBacked.leases());
  }

  @Override
  public ByteBufferPool getArrayBackedPool() {
    return arrayBacked;
  }

  @Override
  public void close() {
    shared.clear(); // thread caches go with their threads
  }

  @Override
  public int getBufferSize() {
    return bufferSize;
  }

  @Override
  public boolean isDirect() {
    return direct;
  }

  /** One lease of a buffer; closing it twice, even from two threads, frees it once. */
  private final class Pooled extends AtomicReference<ByteBuffer> implements PooledByteBuffer {
    private static final long serialVersionUID = 1L;

    Pooled(ByteBuffer buffer) {
      super(buffer);
    }

    @Override
    public ByteBuffer getBuffer() {
      ByteBuffer buffer = get();
      if (buffer == null) {
        throw new IllegalStateException("Buffer already freed");
      }
      return buffer;
    }

    @Override
    public void close() {
      ByteBuffer buffer = getAndSet(null);
      if (buffer != null) {
        free(buffer);
      }
    }

    @Override
    public boolean isOpen() {
      return get() != null;
    }
  }
}
