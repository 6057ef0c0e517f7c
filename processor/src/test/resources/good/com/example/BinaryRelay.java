package com.example;

import io.channels4j.annotations.Channel;

/** A relay channel that re-broadcasts binary frames too. */
@Channel(path = "/binary-relay", relay = true, relayBinary = true)
public interface BinaryRelay {}
