/** The in-memory broker and rate limiter: the defaults, for a single node. */
package io.channels4j.runtime.memory;
