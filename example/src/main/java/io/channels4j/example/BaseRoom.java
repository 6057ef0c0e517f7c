package io.channels4j.example;

/** The relay room needs no code: the server re-broadcasts every frame. */
final class BaseRoom implements BaseChannel {}
