package io.channels4j.redis;

/**
 * The Lua scripts that keep room counts, rate limits and room histories atomic across nodes. Each
 * touches only the keys it is handed, all of one room (or of the schedules), so on a Redis Cluster
 * they share a slot.
 *
 * <p>A room's members live in two hashes: {@code KEYS[1]} maps each connection id to the node that
 * holds it, {@code KEYS[2]} maps each node to its number of connections in the room; {@code
 * KEYS[3]} maps each member to its node, a newline and its presence (so a room's presence is one
 * hash to read), and loses an entry whenever {@code KEYS[1]} does. A node's heartbeat is a key of
 * its own, in another slot on a cluster, so the caller reads which nodes are dead ({@link
 * Heartbeats}) and passes them first: {@code ARGV[1]} their number, then their ids, then the
 * script's own arguments. Every script that reads a count drops the entries of those nodes, and
 * returns the count (or its answer) followed by the ids of the nodes it counted, for the caller to
 * check.
 */
final class Scripts {
  private static final String LIVE_TOTAL =
      """
      local function dead_nodes()
        local n = tonumber(ARGV[1])
        local dead = {}
        for i = 2, n + 1 do
          dead[ARGV[i]] = true
        end
        return dead, n + 2
      end
      local function live_total(conns, nodes, presence, dead)
        local entries = redis.call('HGETALL', nodes)
        local total = 0
        local counted = {}
        local any_dead = false
        for i = 1, #entries, 2 do
          if dead[entries[i]] then
            any_dead = true
            redis.call('HDEL', nodes, entries[i])
          else
            total = total + tonumber(entries[i + 1])
            counted[#counted + 1] = entries[i]
          end
        end
        if any_dead then
          local members = redis.call('HGETALL', conns)
          for i = 1, #members, 2 do
            if dead[members[i + 1]] then
              redis.call('HDEL', conns, members[i])
              redis.call('HDEL', presence, members[i])
            end
          end
        end
        return total, counted
      end
      local function reply(value, counted)
        local out = {value}
        for i = 1, #counted do
          out[i + 1] = counted[i]
        end
        return out
      end
      """;

  /**
   * Admits a connection unless the room is full, recording its node and presence in {@code
   * KEYS[3]}. ARGV after the dead nodes: node id, connection id, limit (0: none), presence (empty:
   * none). Answers 1 if admitted (or already a member), 0 if the room is full.
   */
  static final Script TRY_JOIN =
      Script.of(
          LIVE_TOTAL
              + """
              local dead, a = dead_nodes()
              local node, conn, limit = ARGV[a], ARGV[a + 1], tonumber(ARGV[a + 2])
              local total, counted = live_total(KEYS[1], KEYS[2], KEYS[3], dead)
              if redis.call('HEXISTS', KEYS[1], conn) == 1 then
                return reply(1, counted)
              end
              if limit > 0 and total >= limit then
                return reply(0, counted)
              end
              redis.call('HSET', KEYS[1], conn, node)
              redis.call('HINCRBY', KEYS[2], node, 1)
              redis.call('HSET', KEYS[3], conn, node .. '\\n' .. (ARGV[a + 3] or ''))
              return reply(1, counted)
              """);

  /** Removes a connection this node holds. ARGV: node id, connection id. */
  static final Script LEAVE =
      Script.of(
          """
          local node, conn = ARGV[1], ARGV[2]
          if redis.call('HGET', KEYS[1], conn) == node then
            redis.call('HDEL', KEYS[1], conn)
            redis.call('HDEL', KEYS[3], conn)
            if redis.call('HINCRBY', KEYS[2], node, -1) <= 0 then
              redis.call('HDEL', KEYS[2], node)
            end
          end
          return 0
          """);

  /** Records a member's presence, if it is this node's member. ARGV: node id, conn, presence. */
  static final Script SET_PRESENCE =
      Script.of(
          """
          if redis.call('HGET', KEYS[1], ARGV[2]) == ARGV[1] then
            redis.call('HSET', KEYS[3], ARGV[2], ARGV[1] .. '\\n' .. ARGV[3])
          end
          return 0
          """);

  /** The room's count over live nodes. ARGV: the dead nodes only. */
  static final Script COUNT =
      Script.of(
          LIVE_TOTAL
              + """
              local dead = dead_nodes()
              return reply(live_total(KEYS[1], KEYS[2], KEYS[3], dead))
              """);

  /**
   * Makes Redis hold exactly this node's connections in a room, after an outage or a lost
   * heartbeat. ARGV after the dead nodes: node id, then the node's connection ids. Answers the
   * room's live count.
   */
  static final Script RESTORE =
      Script.of(
          LIVE_TOTAL
              + """
              local dead, a = dead_nodes()
              local node = ARGV[a]
              local mine = {}
              local n = 0
              for i = a + 1, #ARGV do
                if not mine[ARGV[i]] then
                  mine[ARGV[i]] = true
                  n = n + 1
                end
              end
              live_total(KEYS[1], KEYS[2], KEYS[3], dead)
              local members = redis.call('HGETALL', KEYS[1])
              for i = 1, #members, 2 do
                if members[i + 1] == node and not mine[members[i]] then
                  redis.call('HDEL', KEYS[1], members[i])
                  redis.call('HDEL', KEYS[3], members[i])
                end
              end
              for conn in pairs(mine) do
                redis.call('HSET', KEYS[1], conn, node)
                redis.call('HSETNX', KEYS[3], conn, node .. '\\n')
              end
              if n > 0 then
                redis.call('HSET', KEYS[2], node, n)
              else
                redis.call('HDEL', KEYS[2], node)
              end
              return reply(live_total(KEYS[1], KEYS[2], KEYS[3], dead))
              """);

  /**
   * One hit of a sliding-log limit, on Redis' clock. KEYS[1]: the log (a sorted set of hit times);
   * ARGV: times, window in ms. Returns 0 if allowed and recorded, else ms until a hit would be.
   */
  static final Script ACQUIRE =
      Script.of(
          """
          -- Redis before 5 refuses writes after TIME unless effects are replicated.
          if redis.replicate_commands then
            redis.replicate_commands()
          end
          local t = redis.call('TIME')
          local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
          local times, window = tonumber(ARGV[1]), tonumber(ARGV[2])
          redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
          local n = redis.call('ZCARD', KEYS[1])
          if n < times then
            -- Within one millisecond n only grows, so now-n never repeats.
            redis.call('ZADD', KEYS[1], now, now .. '-' .. n)
            redis.call('PEXPIRE', KEYS[1], window)
            return 0
          end
          local blocking = redis.call('ZRANGE', KEYS[1], n - times, n - times, 'WITHSCORES')
          local wait = tonumber(blocking[2]) + window - now
          if wait < 1 then
            wait = 1
          end
          return wait
          """);

  /**
   * Stores a message in a room's history stream and publishes it with its new id spliced in, as one
   * step, so ids and deliveries come in the same order on every node. KEYS: the stream, the room's
   * channel (in the stream's slot on a cluster); ARGV: the pub/sub header, the message (a JSON
   * object), the size, the time to live in ms (0: none), the command that publishes ({@code
   * PUBLISH}, or {@code SPUBLISH} on a cluster). Returns the id.
   */
  static final Script PUBLISH_KEPT =
      Script.of(
          """
          local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], '*', 'm', ARGV[2])
          local ttl = tonumber(ARGV[4])
          if ttl > 0 then
            -- The id starts with Redis' own clock: no TIME call, and no clock of ours to trust.
            local now = tonumber(string.match(id, '^%d+'))
            redis.call('XTRIM', KEYS[1], 'MINID', '~', string.format('%.0f', now - ttl))
            redis.call('PEXPIRE', KEYS[1], ttl)
          end
          local body = string.sub(ARGV[2], 2)
          local comma = ','
          if body == '}' then
            comma = ''
          end
          redis.call(ARGV[5], KEYS[2], ARGV[1] .. '{"id":"' .. id .. '"' .. comma .. body)
          return id
          """);

  /**
   * Reads a room's history stream, leaving out messages older than the time to live (trimming with
   * {@code ~} may keep a few). KEYS: the stream; ARGV: the time to live in ms (0: none), the mode
   * ({@code before}, {@code after} or {@code since}), the cursor id ({@code ""}: the newest, for
   * {@code before}), the most entries to return (0: all). Returns a flag, then id and message
   * pairs: newest first for {@code before}, oldest first otherwise. The flag, for {@code since}, is
   * 1 if the oldest kept message is not newer than the cursor (nothing after it was trimmed).
   */
  static final Script READ_HISTORY =
      Script.of(
          """
          local key, ttl, mode, cursor, count =
            KEYS[1], tonumber(ARGV[1]), ARGV[2], ARGV[3], tonumber(ARGV[4])
          local function parse(id)
            local ms, seq = string.match(id, '^(%d+)-(%d+)$')
            return tonumber(ms), tonumber(seq)
          end
          local floor = '-'
          if ttl > 0 then
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            floor = string.format('%.0f', now - ttl)
          end
          local limit = {}
          if count > 0 then
            limit = {'COUNT', count}
          end
          local entries
          if mode == 'before' then
            local top = '+'
            if cursor ~= '' then
              top = '(' .. cursor
            end
            entries = redis.call('XREVRANGE', key, top, floor, unpack(limit))
          else
            local start = '(' .. cursor
            if floor ~= '-' and parse(cursor) < tonumber(floor) then
              start = floor
            end
            entries = redis.call('XRANGE', key, start, '+', unpack(limit))
          end
          local flag = 0
          if mode == 'since' then
            local first = redis.call('XRANGE', key, floor, '+', 'COUNT', 1)[1]
            if first then
              local fms, fseq = parse(first[1])
              local cms, cseq = parse(cursor)
              if fms < cms or (fms == cms and fseq <= cseq) then
                flag = 1
              end
            end
          end
          local out = {flag}
          for _, entry in ipairs(entries) do
            out[#out + 1] = entry[1]
            out[#out + 1] = entry[2][2]
          end
          return out
          """);

  /**
   * The fields of a scheduled task as {@link #SCHEDULES} and {@link #CLAIM_DUE} return them, after
   * its id and due time.
   */
  private static final String TASK_FIELDS =
      """
      local function task(due_key, task_prefix, id)
        local fields = redis.call('HMGET', task_prefix .. id,
          'kind', 'target', 'message', 'code', 'reason', 'every')
        return {id, redis.call('ZSCORE', due_key, id), fields[1], fields[2], fields[3],
          fields[4], fields[5], fields[6]}
      end
      local function append(out, entry)
        for i = 1, #entry do
          out[#out + 1] = entry[i]
        end
      end
      """;

  /**
   * Adds or replaces a scheduled task. KEYS: the due set, the task's hash. ARGV: id, due millis,
   * kind, target, message, code, reason, every millis.
   */
  static final Script SCHEDULE =
      Script.of(
          """
          redis.call('DEL', KEYS[2])
          redis.call('HSET', KEYS[2], 'kind', ARGV[3], 'target', ARGV[4], 'message', ARGV[5],
            'code', ARGV[6], 'reason', ARGV[7], 'every', ARGV[8])
          redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
          return 1
          """);

  /** Cancels a task. KEYS: the due set, the task's hash. ARGV: id. Returns 1 if there was one. */
  static final Script UNSCHEDULE =
      Script.of(
          """
          redis.call('DEL', KEYS[2])
          return redis.call('ZREM', KEYS[1], ARGV[1])
          """);

  /**
   * Every task, soonest first, eight entries each: id, due, kind, target, message, code, reason,
   * every. KEYS: the due set. ARGV: the task hashes' prefix.
   */
  static final Script SCHEDULES =
      Script.of(
          TASK_FIELDS
              + """
              local out = {}
              for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
                append(out, task(KEYS[1], ARGV[1], id))
              end
              return out
              """);

  /**
   * Claims the runs due by now, as {@link #SCHEDULES} lists them: a task that repeats moves to its
   * next time after now (missed runs skipped), any other is removed. Atomic, so each run goes to
   * exactly one node. KEYS: the due set. ARGV: the task hashes' prefix, now, the most to claim.
   */
  static final Script CLAIM_DUE =
      Script.of(
          TASK_FIELDS
              + """
              local now = tonumber(ARGV[2])
              local out = {}
              local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, ARGV[3])
              for _, id in ipairs(due) do
                local entry = task(KEYS[1], ARGV[1], id)
                append(out, entry)
                local every = tonumber(entry[8] or '0') or 0
                if every > 0 then
                  local at = tonumber(entry[2])
                  local missed = math.floor(math.max(0, now - at) / every)
                  redis.call('ZADD', KEYS[1], at + (missed + 1) * every, id)
                else
                  redis.call('ZREM', KEYS[1], id)
                  redis.call('DEL', ARGV[1] .. id)
                end
              end
              return out
              """);

  private Scripts() {}
}
