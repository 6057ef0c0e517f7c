package io.channels4j.example;

import io.channels4j.annotations.Channel;

/**
 * The relay room at {@code /base}: every text frame a member sends is re-broadcast, unchanged, to
 * every member, the sender included (the seed's {@code BaseChannel}).
 */
@Channel(path = "/base", relay = true)
public interface BaseChannel {}
