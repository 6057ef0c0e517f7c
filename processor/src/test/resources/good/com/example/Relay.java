package com.example;

import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Limit;

@Channel(path = "/relay", relay = true)
@Limit(times = 10, seconds = 1, close = true)
public interface Relay {}
