import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from './redis.module';

type Arg = string | number;
type ScriptCall = (...args: Arg[]) => Promise<unknown>;

/**
 * A Lua script registered on the client with ioredis' `defineCommand`: each call goes out as
 * EVALSHA with the script's 40-character hash, not its source (ioredis sends the source once per
 * connection, and again after a NOSCRIPT), so Redis does not hash the source on every call and
 * the command is a fraction of the bytes. Calls made in one tick share a socket write (the client
 * auto-pipelines), and `queue` adds a call to an explicit pipeline.
 */
export class RedisScript {
  constructor(private readonly redis: RedisClient, private readonly name: string, numberOfKeys: number, lua: string) {
    // Idempotent: several services (or test instances) may define the same script on one client.
    redis.defineCommand(name, { numberOfKeys, lua });
  }

  /** Keys first, then arguments, as with EVAL. */
  run(...keysAndArgs: Arg[]): Promise<unknown> {
    return (this.redis as unknown as Record<string, ScriptCall>)[this.name](...keysAndArgs);
  }

  queue(pipeline: ChainableCommander, ...keysAndArgs: Arg[]): void {
    (pipeline as unknown as Record<string, (...args: Arg[]) => unknown>)[this.name](...keysAndArgs);
  }
}
