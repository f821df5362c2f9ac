/**
 * Lua run by Redis: one script reads everything a report is scored against, one commits a
 * decision. The commit re-checks what the read saw (the article id is not yet attached, no copy
 * of its URL or text arrived meanwhile, the incident's version for an attach, the versions of
 * the report's index keys for an open), so two correlators racing on related reports cannot both
 * open an incident: the loser gets `conflict`, reads again, and joins the winner.
 *
 * Key names are built inside the scripts from a prefix, which ties the store to one Redis node
 * (not Redis Cluster); see docs/correlation.md.
 */

/** Shared helpers: ARGV cursor and "find a signature field in any probed time bucket". */
const PRELUDE = `
local P = ARGV[1]
local i = 2
local function nextArg() local v = ARGV[i]; i = i + 1; return v end
local buckets = {}
local function readBuckets()
  local n = tonumber(nextArg())
  for k = 1, n do buckets[k] = nextArg() end
end
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
 * ARGV: prefix, maxPerBlock, maxCandidates, nBuckets, buckets..., id/url/text as (shard, field)
 * pairs, nBands, (shard, field)..., nBlocks, blocks...
 * Returns {idHit, urlHit, textHit, blockVersions, {{incidentId, version, profile, via}...}}.
 */
export const LOOKUP_SCRIPT = `${PRELUDE}
local maxPerBlock = tonumber(nextArg())
local maxCand = tonumber(nextArg())
readBuckets()
local exact = {}
for k = 1, 3 do
  local shard = nextArg()
  exact[k] = find(shard, nextArg())
end
if exact[1] or exact[2] or exact[3] then return {exact[1], exact[2], exact[3], {}, {}} end
local seen = {}
local order = {}
local nBands = tonumber(nextArg())
for k = 1, nBands do
  local shard = nextArg()
  local v = find(shard, nextArg())
  if v and not seen[v] then seen[v] = 1; order[#order + 1] = v end
end
local nBlocks = tonumber(nextArg())
local versions = {}
for k = 1, nBlocks do
  local key = P .. 'b:' .. nextArg()
  versions[k] = redis.call('ZSCORE', key, '#v') or '0'
  local ids = redis.call('ZREVRANGEBYSCORE', key, '+inf', '0', 'LIMIT', 0, maxPerBlock)
  for _, id in ipairs(ids) do
    if not seen[id] then seen[id] = 2; order[#order + 1] = id end
  end
end
local cands = {}
for _, id in ipairs(order) do
  if #cands >= maxCand then break end
  local r = redis.call('HMGET', P .. 'i:' .. id, 'v', 'f')
  if r[1] then cands[#cands + 1] = {id, r[1], r[2], seen[id]} end
end
return {exact[1], exact[2], exact[3], versions, cands}
`;

/**
 * ARGV: prefix, nowMs, windowMs, bucketExpireAtMs, currentBucket, nBuckets, buckets..., mode
 * ('open'|'attach'), incidentId, expectedVersion, incidentJson, profileJson,
 * idShard, idField, idValue, urlShard, urlField, textShard, textField,
 * nBands, (shard, field)..., nBlocks, (block, expectedVersion)...
 * Returns {'ok', version} | {'seen', idValue} | {'dup', reason, incidentId} | {'conflict'}.
 */
export const COMMIT_SCRIPT = `${PRELUDE}
local nowArg = nextArg()
local now = tonumber(nowArg)
local windowMs = tonumber(nextArg())
local expireAt = tonumber(nextArg())
local current = nextArg()
readBuckets()
local mode = nextArg()
local id = nextArg()
local expected = nextArg()
local json = nextArg()
local profile = nextArg()
local idShard, idField, idValue = nextArg(), nextArg(), nextArg()
local urlShard, urlField = nextArg(), nextArg()
local textShard, textField = nextArg(), nextArg()
local hit = find(idShard, idField)
if hit then return {'seen', hit} end
hit = find(urlShard, urlField)
if hit then return {'dup', 'same_url', hit} end
hit = find(textShard, textField)
if hit then return {'dup', 'same_text', hit} end
local bands = {}
local nBands = tonumber(nextArg())
for k = 1, nBands do bands[k] = {nextArg(), nextArg()} end
local blocks = {}
local nBlocks = tonumber(nextArg())
for k = 1, nBlocks do blocks[k] = {P .. 'b:' .. nextArg(), nextArg()} end
local ikey = P .. 'i:' .. id
if mode == 'attach' then
  if redis.call('HGET', ikey, 'v') ~= expected then return {'conflict'} end
else
  if redis.call('EXISTS', ikey) == 1 then return {'conflict'} end
  for _, b in ipairs(blocks) do
    local v = redis.call('ZSCORE', b[1], '#v') or '0'
    if tonumber(v) ~= tonumber(b[2]) then return {'conflict'} end
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
put(idShard, idField, idValue)
put(urlShard, urlField, id)
put(textShard, textField, id)
for _, b in ipairs(bands) do put(b[1], b[2], id) end
local cutoff = '(' .. tostring(now - windowMs)
for _, b in ipairs(blocks) do
  redis.call('ZADD', b[1], nowArg, id)
  redis.call('ZINCRBY', b[1], -1, '#v')
  redis.call('ZREMRANGEBYSCORE', b[1], '0', cutoff)
  redis.call('PEXPIRE', b[1], windowMs)
end
local recent = P .. 'recent'
redis.call('ZADD', recent, nowArg, id)
redis.call('ZREMRANGEBYSCORE', recent, '0', cutoff)
redis.call('PEXPIRE', recent, windowMs)
return {'ok', version}
`;
