package io.channels4j.runtime.memory;

import io.channels4j.runtime.ScheduledTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One node's scheduled tasks, gone when it stops. */
final class MemorySchedules {
  private final Map<String, ScheduledTask> tasks = new HashMap<>();

  synchronized void add(ScheduledTask task) {
    tasks.put(task.id(), task);
  }

  synchronized boolean remove(String id) {
    return tasks.remove(id) != null;
  }

  synchronized List<ScheduledTask> list() {
    List<ScheduledTask> all = new ArrayList<>(tasks.values());
    all.sort(Comparator.comparingLong(ScheduledTask::dueMillis).thenComparing(ScheduledTask::id));
    return all;
  }

  synchronized List<ScheduledTask> claimDue(long nowMillis) {
    List<ScheduledTask> due = new ArrayList<>();
    for (ScheduledTask task : list()) {
      if (task.dueMillis() > nowMillis) {
        break;
      }
      due.add(task);
      if (task.repeats()) {
        tasks.put(task.id(), task.dueAt(task.nextDue(nowMillis)));
      } else {
        tasks.remove(task.id());
      }
    }
    return due;
  }
}
