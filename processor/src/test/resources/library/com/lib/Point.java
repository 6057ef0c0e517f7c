package com.lib;

/** A payload type of a library that ships its own generated adapter. */
public record Point(int x, int y) {}
