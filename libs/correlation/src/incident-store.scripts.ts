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
 */
const PRELUDE = `
local P = ARGV[1]
local function split(s)
  local t, start = {}, 1
  if s == '' then return t end
  while true do
    local at = string.find(s, '\\31', start, true)
    if not at then t[#t + 1] = string.sub(s, start); return t end
    t[#t + 1] = string.sub(s, start, at - 1)
    start = at + 1
  end
end
local buckets = {}
local function find(shard, field)
  if field == '' then return false end
  for k = 1, #buckets do
    local v = redis.call('HGET', P .. 's:' .. buckets[k] .. ':' .. shard, field)
    if v then return v end
  end
  return false
end
`;

/**
 * ARGV: prefix, maxPerBlock, maxCandidates, buckets, bands ((shard, field)...), blocks (name...),
 * lists packed. Returns {blockVersions, {{incidentId, version, via}...}}: versions only, because
 * the client keeps the profiles it has seen by version and fetches only the ones it lacks
 * (shipping ten 2 KB profiles per report was most of the lookup's cost on both sides). Exact
 * duplicates (id, URL, text) are not probed here: the commit must check them atomically anyway,
 * and they are rare, so probing them twice cost every report nine reads for nothing.
 */
export const LOOKUP_SCRIPT = `${PRELUDE}
local maxPerBlock = tonumber(ARGV[2])
local maxCand = tonumber(ARGV[3])
buckets = split(ARGV[4])
local seen = {}
local order = {}
local bands = split(ARGV[5])
for k = 1, #bands, 2 do
  local v = find(bands[k], bands[k + 1])
  if v and not seen[v] then seen[v] = 1; order[#order + 1] = v end
end
local blocks = split(ARGV[6])
local versions = {}
for k = 1, #blocks do
  local key = P .. 'b:' .. blocks[k]
  versions[k] = redis.call('ZSCORE', key, '#v') or '0'
  local ids = redis.call('ZREVRANGEBYSCORE', key, '+inf', '0', 'LIMIT', 0, maxPerBlock)
  for _, id in ipairs(ids) do
    if not seen[id] then seen[id] = 2; order[#order + 1] = id end
  end
end
local cands = {}
for _, id in ipairs(order) do
  if #cands >= maxCand then break end
  local v = redis.call('HGET', P .. 'i:' .. id, 'v')
  if v then cands[#cands + 1] = {id, v, seen[id]} end
end
return {versions, cands}
`;

/**
 * ARGV: prefix, nowMs, windowMs, bucketExpireAtMs, currentBucket, buckets, mode ('open' |
 * 'attach'), incidentId, expectedVersion, incidentJson, profileJson, exact (idShard, idField,
 * idValue, urlShard, urlField, textShard, textField), bands ((shard, field)...), blocks
 * ((name, expectedVersion)...), lists packed.
 * Returns {'ok', version} | {'seen', idValue} | {'dup', reason, incidentId} | {'conflict'}.
 */
export const COMMIT_SCRIPT = `${PRELUDE}
local nowArg = ARGV[2]
local now = tonumber(nowArg)
local windowMs = tonumber(ARGV[3])
local expireAt = ARGV[4]
local current = ARGV[5]
buckets = split(ARGV[6])
local mode, id, expected, json, profile = ARGV[7], ARGV[8], ARGV[9], ARGV[10], ARGV[11]
local ex = split(ARGV[12])
local hit = find(ex[1], ex[2])
if hit then return {'seen', hit} end
hit = find(ex[4], ex[5])
if hit then return {'dup', 'same_url', hit} end
hit = find(ex[6], ex[7])
if hit then return {'dup', 'same_text', hit} end
local bands = split(ARGV[13])
local blocks = split(ARGV[14])
local ikey = P .. 'i:' .. id
if mode == 'attach' then
  if redis.call('HGET', ikey, 'v') ~= expected then return {'conflict'} end
else
  if redis.call('EXISTS', ikey) == 1 then return {'conflict'} end
  for k = 1, #blocks, 2 do
    local v = redis.call('ZSCORE', P .. 'b:' .. blocks[k], '#v') or '0'
    if tonumber(v) ~= tonumber(blocks[k + 1]) then return {'conflict'} end
  end
end
local version = redis.call('HINCRBY', ikey, 'v', 1)
redis.call('HSET', ikey, 'j', json, 'f', profile)
redis.call('PEXPIRE', ikey, windowMs)
local function put(shard, field, value)
  if field == '' then return end
  local key = P .. 's:' .. current .. ':' .. shard
  redis.call('HSET', key, field, value)
  redis.call('PEXPIREAT', key, expireAt)
end
put(ex[1], ex[2], ex[3])
put(ex[4], ex[5], id)
put(ex[6], ex[7], id)
for k = 1, #bands, 2 do put(bands[k], bands[k + 1], id) end
local cutoff = '(' .. tostring(now - windowMs)
for k = 1, #blocks, 2 do
  local key = P .. 'b:' .. blocks[k]
  -- The version moves only when the block gains an incident: that is what can change another
  -- correlator's decision to open one. Activity of known members does not force retries.
  if redis.call('ZADD', key, nowArg, id) == 1 then
    local v = redis.call('ZINCRBY', key, -1, '#v')
    -- Trimming stale members now and then is enough: readers skip expired incidents anyway.
    if tonumber(v) % 8 == 0 then redis.call('ZREMRANGEBYSCORE', key, '0', cutoff) end
  end
  redis.call('PEXPIRE', key, windowMs)
end
local recent = P .. 'recent'
-- Strictly after the latest entry: two commits in one millisecond must still list in commit
-- order (equal scores would sort by id, i.e. at random).
local score = now
local top = redis.call('ZREVRANGE', recent, 0, 0, 'WITHSCORES')
if top[2] and tonumber(top[2]) >= score then score = tonumber(top[2]) + 0.001 end
redis.call('ZADD', recent, string.format('%.3f', score), id)
redis.call('ZREMRANGEBYSCORE', recent, '0', cutoff)
redis.call('PEXPIRE', recent, windowMs)
return {'ok', version}
`;
