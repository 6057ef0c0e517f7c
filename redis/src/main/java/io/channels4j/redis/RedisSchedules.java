package io.channels4j.redis;

import io.channels4j.runtime.ScheduledTask;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheduled tasks of every node sharing a Redis: a sorted set of task ids by due time ({@code
 * <prefix>schedule:due}) and a hash per task ({@code <prefix>schedule:task:<id>}), all under one
 * hash tag on a cluster ({@link RedisKeys}), so the scripts stay in one slot. A run is claimed by
 * the Lua script that also moves or removes its task, so exactly one node gets each run; the tasks
 * outlive any node's restart.
 */
final class RedisSchedules {
  /** The most runs one claim takes; more wait for the next. */
  private static final int CLAIM_BATCH = 100;

  private static final int FIELDS = 8;

  private final RedisLink link;
  private final String dueKey;
  private final String taskPrefix;

  RedisSchedules(RedisLink link) {
    this.link = link;
    this.dueKey = link.keys().scheduleDue();
    this.taskPrefix = link.keys().taskPrefix();
  }

  void add(ScheduledTask task) {
    link.eval(
        Scripts.SCHEDULE,
        new String[] {dueKey, taskPrefix + task.id()},
        task.id(),
        Long.toString(task.dueMillis()),
        task.kind().name(),
        task.target(),
        task.message(),
        Integer.toString(task.code()),
        task.reason(),
        Long.toString(task.everyMillis()));
  }

  boolean remove(String id) {
    return link.eval(Scripts.UNSCHEDULE, new String[] {dueKey, taskPrefix + id}, id) == 1;
  }

  List<ScheduledTask> list() {
    return tasks(
        link.eval(
            Scripts.SCHEDULES, ScriptOutputType.MULTI, new String[] {dueKey}, bytes(taskPrefix)));
  }

  List<ScheduledTask> claimDue(long nowMillis) {
    return tasks(
        link.eval(
            Scripts.CLAIM_DUE,
            ScriptOutputType.MULTI,
            new String[] {dueKey},
            bytes(taskPrefix),
            bytes(Long.toString(nowMillis)),
            bytes(Integer.toString(CLAIM_BATCH))));
  }

  /**
   * The tasks of a script's reply, {@value #FIELDS} entries each; one without its hash is skipped.
   */
  private static List<ScheduledTask> tasks(List<Object> reply) {
    List<ScheduledTask> tasks = new ArrayList<>();
    for (int i = 0; i + FIELDS <= reply.size(); i += FIELDS) {
      if (reply.get(i + 2) == null) {
        continue; // a due entry whose hash is gone: nothing to run
      }
      tasks.add(
          new ScheduledTask(
              text(reply.get(i)),
              ScheduledTask.Kind.valueOf(text(reply.get(i + 2))),
              text(reply.get(i + 3)),
              text(reply.get(i + 4)),
              Integer.parseInt(text(reply.get(i + 5))),
              text(reply.get(i + 6)),
              Long.parseLong(text(reply.get(i + 1))),
              Long.parseLong(text(reply.get(i + 7)))));
    }
    return tasks;
  }

  private static String text(Object value) {
    return value instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.UTF_8)
        : String.valueOf(value);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
