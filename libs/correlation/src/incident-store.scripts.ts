/**
 * Lua run by Redis: one script reads everything a report is scored against, one commits a
 * decision. The commit re-checks what the read saw (the article id is not yet attached, no copy
 * of its URL or text arrived meanwhile, the incident's version for an attach, the versions of
 * the report's index keys for an open, which move whenever an index key gains an incident), so
 * two correlators racing on related reports cannot both open an incident: the loser gets
 * `conflict`, reads again, and joins the winner.
 *
 * Key names are built inside the scripts from a prefix, which ties the store to one Redis node
 * (not Redis Cluster); see docs/correlation.md.
 */

/** Separator of the packed list arguments (ASCII unit separator; never in a key or hash). */
export const SEP = '\x1f';

/**
 * Shared helpers. List arguments arrive packed in one string each: a few large arguments cost
 * the client far less to encode than seventy small ones.
 *
 * What a report costs Redis is mostly Lua, not data (callgrind of redis-server 7.0 on the
 * correlate bench): each `redis.call` is about 2,500 instructions of argument and reply
 * conversion on top of the command itself, every string the script makes (a concatenated key
 * name, a split list item) is hashed and interned, and every number that crosses between Lua and
 * Redis is printed or parsed with printf/strtod (a zset score in a reply is ~3,000 instructions).
 * So the scripts make few calls, build each key prefix once, take numbers as strings from the
 * client, and read no scores they can do without.
 */
const PRELUDE = `
local P = ARGV[1]
-- Locals, not globals: each global read is a table lookup (two for redis.call).
local call, find_, sub, byte, tonumber, floor = redis.call, string.find, string.sub, string.byte, tonumber, math.floor
local function split(s)
  local t, start = {}, 1
  if s == '' then return t end
  while true do
    local at = find_(s, '\\31', start, true)
    if not at then t[#t + 1] = sub(s, start); return t end
    t[#t + 1] = sub(s, start, at - 1)
    start = at + 1
  end
end
-- Key prefix of each probed time bucket, current first.
local bucketKeys = {}
local function setBuckets(list)
  local b = split(list)
  for k = 1, #b do bucketKeys[k] = P .. 's:' .. b[k] .. ':' end
end
-- A signature in the buckets from 'from' (1 = current) back.
local function find(shard, field, from)
  if field == '' then return false end
  for k = from, #bucketKeys do
    local v = call('HGET', bucketKeys[k] .. shard, field)
    if v then return v end
  end
  return false
end
-- An index key's version: its '#v:' member, which scores above any time and so comes first;
-- keys written before that layout keep a numeric '#v' member at a negative score.
local function isVersion(member)
  return member and byte(member, 1) == 35 and byte(member, 3) == 58
end
local function legacyVersion(key)
  return call('ZSCORE', key, '#v') or '0'
end
`;

/** Score of an index key's version member: above any time in ms, so it ranks first. */
export const BLOCK_VERSION_SCORE = '1000000000000000';

/**
 * ARGV: prefix, maxPerBlock, maxCandidates, buckets, bands ((shard, field)...), blocks (name...),
 * lists packed. Returns one string, SEP-packed like the arguments: blockVersion... (one per
 * block), then incidentId, version, via ('1' band, '2' index key) per candidate. One bulk string
 * instead of a list of ~35: Redis converts each item of a Lua table reply into a reply of its
 * own, and the client turned each from a Buffer into a string (ioredis' convertBufferToString was
 * ~25 us per report in a profile of the bench); `table.concat` and one `split` on the client do
 * the same in a fraction. Versions only, because
 * the client keeps the profiles it has seen by version and fetches only the ones it lacks
 * (shipping ten 2 KB profiles per report was most of the lookup's cost on both sides). Exact
 * duplicates (id, URL, text) are not probed here: the commit must check them atomically anyway,
 * and they are rare. One ZREVRANGE per index key (version member first, then the most recent
 * incidents, no scores) and one MGET for the candidates' versions.
 */
export const LOOKUP_SCRIPT = `${PRELUDE}
local maxPerBlock = tonumber(ARGV[2])
local maxCand = tonumber(ARGV[3])
setBuckets(ARGV[4])
local seen = {}
local order = {}
local bands = split(ARGV[5])
for k = 1, #bands, 2 do
  local v = find(bands[k], bands[k + 1], 1)
  if v and not seen[v] then seen[v] = 1; order[#order + 1] = v end
end
local blocks = split(ARGV[6])
local versions = {}
for k = 1, #blocks do
  local key = P .. 'b:' .. blocks[k]
  local r = call('ZREVRANGE', key, '0', ARGV[2])
  local v, n = '0', 0
  if isVersion(r[1]) then v = r[1] elseif r[1] then v = legacyVersion(key) end
  for j = 1, #r do
    local id = r[j]
    if n < maxPerBlock and byte(id, 1) ~= 35 then
      n = n + 1
      if not seen[id] then seen[id] = 2; order[#order + 1] = id end
    end
  end
  versions[k] = v
end
-- Versions of the first candidates that still exist: one MGET per round (usually one).
local found = 0
local i = 1
while found < maxCand and i <= #order do
  local ids, keys = {}, {}
  while #ids < maxCand - found and i <= #order do
    ids[#ids + 1] = order[i]
    keys[#keys + 1] = P .. 'v:' .. order[i]
    i = i + 1
  end
  local vs = call('MGET', unpack(keys))
  for k = 1, #ids do
    -- Incidents written before the version keys existed keep their version in the hash only.
    local v = vs[k] or call('HGET', P .. 'i:' .. ids[k], 'v')
    if v then
      found = found + 1
      versions[#versions + 1] = ids[k]
      versions[#versions + 1] = v
      versions[#versions + 1] = seen[ids[k]] == 1 and '1' or '2'
    end
  end
end
return table.concat(versions, '\\31')
`;

/**
 * ARGV: prefix, nowMs, windowMs, bucketExpireAtMs, currentBucket, buckets, mode ('open' |
 * 'attach'), incidentId, expectedVersion, incidentJson, profileJson, exact (idShard, idField,
 * idValue, urlShard, urlField, textShard, textField), bands ((shard, field)...), blocks
 * ((name, expectedVersion, extend '1' | '0')...), lists packed, then newVersion, keepMs (from
 * now to the end of the current minute plus a window: relative, so a client clock that is off does
 * not shorten it) and cutoffMs (now minus a window), as strings.
 * Returns {'ok', version} | {'seen', idValue} | {'dup', reason, incidentId} | {'conflict'}.
 *
 * Order: exact duplicates in the older buckets (reads); the id, URL and text claimed in the
 * current bucket with HSETNX, which checks and writes in one call (a claim that finds a copy
 * undoes the earlier claims: the script is atomic, nobody sees them); the versions the decision
 * used (a conflict undoes the claims); then the writes.
 */
export const COMMIT_SCRIPT = `${PRELUDE}
local now = tonumber(ARGV[2])
local windowMs = ARGV[3]
local expireAt = ARGV[4]
setBuckets(ARGV[6])
local mode, id, expected, json, profile = ARGV[7], ARGV[8], ARGV[9], ARGV[10], ARGV[11]
local version, keepMs, cutoff = ARGV[15], ARGV[16], '(' .. ARGV[17]
local ex = split(ARGV[12])
local hit = find(ex[1], ex[2], 2)
if hit then return {'seen', hit} end
hit = find(ex[4], ex[5], 2)
if hit then return {'dup', 'same_url', hit} end
hit = find(ex[6], ex[7], 2)
if hit then return {'dup', 'same_text', hit} end
local sig = bucketKeys[1]
local claimed = {}
local function undo()
  for k = 1, #claimed, 2 do call('HDEL', claimed[k], claimed[k + 1]) end
end
-- The value already there when a copy arrived first (the claims so far undone), else false.
local function claim(shard, field, value)
  if field == '' then return false end
  local key = sig .. shard
  if call('HSETNX', key, field, value) == 1 then
    call('PEXPIREAT', key, expireAt)
    claimed[#claimed + 1] = key
    claimed[#claimed + 1] = field
    return false
  end
  local v = call('HGET', key, field)
  undo()
  return v
end
hit = claim(ex[1], ex[2], ex[3])
if hit then return {'seen', hit} end
hit = claim(ex[4], ex[5], id)
if hit then return {'dup', 'same_url', hit} end
hit = claim(ex[6], ex[7], id)
if hit then return {'dup', 'same_text', hit} end
local bands = split(ARGV[13])
local blocks = split(ARGV[14])
local ikey, vkey = P .. 'i:' .. id, P .. 'v:' .. id
if mode == 'attach' then
  local v = call('GET', vkey) or call('HGET', ikey, 'v')
  if v ~= expected then undo(); return {'conflict'} end
  call('SET', vkey, version, 'PX', windowMs)
else
  for k = 1, #blocks, 3 do
    local key = P .. 'b:' .. blocks[k]
    local v = call('ZREVRANGE', key, '0', '0')[1]
    if not v then v = '0' elseif not isVersion(v) then v = legacyVersion(key) end
    if v ~= blocks[k + 1] then undo(); return {'conflict'} end
  end
  if not call('SET', vkey, version, 'PX', windowMs, 'NX') then undo(); return {'conflict'} end
end
call('HSET', ikey, 'j', json, 'f', profile, 'v', version)
call('PEXPIRE', ikey, windowMs)
for k = 1, #bands, 2 do
  if bands[k + 1] ~= '' then
    local key = sig .. bands[k]
    call('HSET', key, bands[k + 1], id)
    call('PEXPIREAT', key, expireAt)
  end
end
-- Index keys live a window after their latest activity, to the minute (keepMs: until the end of
-- this minute plus a window). A new key always gets its TTL here; for the others the client asks
-- ('1') only the first time it touches the key in a minute: a later commit of that minute needs
-- no extension, and GT never shortens one. A key that vanished comes back through ZADD = 1 on
-- an empty key, i.e. as a new key, so no index key is ever without a TTL.
for k = 1, #blocks, 3 do
  local key = P .. 'b:' .. blocks[k]
  local extend = blocks[k + 2] == '1'
  -- The version moves only when the block gains an incident: that is what can change another
  -- correlator's decision to open one. Activity of known members does not force retries.
  if call('ZADD', key, ARGV[2], id) == 1 then
    local fresh
    if mode ~= 'attach' and blocks[k + 1] == '0' then
      fresh = true -- the open checked it: no version member, so no key
    else
      fresh = call('ZREMRANGEBYSCORE', key, '${BLOCK_VERSION_SCORE}', '${BLOCK_VERSION_SCORE}') == 0
        and call('ZREM', key, '#v') == 0
    end
    -- A new version: the member's name is the version (no score to print or parse).
    call('ZADD', key, '${BLOCK_VERSION_SCORE}', '#v:' .. id)
    if fresh then
      call('PEXPIRE', key, keepMs)
      extend = false
    elseif byte(id, 1) % 8 == 0 then
      -- Trimming stale members now and then is enough: readers skip expired incidents anyway.
      call('ZREMRANGEBYSCORE', key, '0', cutoff)
    end
  end
  if extend then call('PEXPIRE', key, keepMs, 'GT') end
end
local recent = P .. 'recent'
-- Strictly after the latest entry: two commits in one millisecond must still list in commit
-- order (equal scores would sort by id, i.e. at random).
local top = call('ZREVRANGE', recent, '0', '0', 'WITHSCORES')
local last = tonumber(top[2])
local score = now
if last and last >= now then score = last + 0.001 end
call('ZADD', recent, score == now and ARGV[2] or string.format('%.3f', score), id)
-- Its TTL and trim follow the same rule, on the scores in the key itself: the first commit of
-- a minute extends it.
local MINUTE = 60000
local minute = floor(score / MINUTE)
if not last or floor(last / MINUTE) ~= minute then
  local ttl = keepMs
  if minute ~= floor(now / MINUTE) then ttl = string.format('%d', (minute + 1) * MINUTE + tonumber(windowMs) - now) end
  if last then
    call('ZREMRANGEBYSCORE', recent, '0', cutoff)
    call('PEXPIRE', recent, ttl, 'GT')
  else
    call('PEXPIRE', recent, ttl)
  end
end
return {'ok', version}
`;
