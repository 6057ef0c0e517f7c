package com.example;

/** Calls the generated client wrongly: each is javac's error, not a frame the server refuses. */
final class Misuse {
  private Misuse() {}

  static void use(GroupChatClient chat) {
    chat.nope(); // no such action
    chat.message("hi"); // the payload is a ChatMessage
    chat.legacy(); // deprecated: the server refuses every frame, so the client has no method
  }
}
