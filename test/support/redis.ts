import { spawnSync } from 'node:child_process';
import { describe } from '@jest/globals';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers PING within a second (synchronous, so a suite can be skipped at load). */
function redisReachable(url: string): boolean {
  const script = `const net=require('net');const u=new URL(process.argv[1]);const s=net.connect(+(u.port||6379),u.hostname);
s.setTimeout(1000,()=>process.exit(1));s.on('error',()=>process.exit(1));s.on('connect',()=>s.write('PING\\r\\n'));
s.on('data',(d)=>process.exit(String(d).startsWith('+PONG')||String(d).startsWith('-NOAUTH')?0:1));`;
  return spawnSync(process.execPath, ['-e', script, url], { timeout: 3000 }).status === 0;
}

/**
 * `describe` when Redis is reachable; otherwise skipped with a console note, or a failure when
 * UPLIFT_REQUIRE_REDIS=1 (as in CI).
 */
export function redisDescribe(what: string): typeof describe | typeof describe.skip {
  if (redisReachable(REDIS_URL)) return describe;
  if (process.env.UPLIFT_REQUIRE_REDIS === '1')
    throw new Error(`UPLIFT_REQUIRE_REDIS=1 but Redis at ${REDIS_URL} is unreachable`);
  console.warn(
    `Redis at ${REDIS_URL} is unreachable: ${what} are SKIPPED (set UPLIFT_REQUIRE_REDIS=1 to make this a failure).`,
  );
  return describe.skip;
}
