import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { groupMembers, killStaleGroup, pidAlive } from './process.js';

const started: ChildProcess[] = [];
afterEach(() => started.splice(0).forEach((c) => c.kill('SIGKILL')));

/** A process group of its own: a shell (whose command line holds `words`) and its sleeping child. */
async function group(words: string): Promise<number> {
  const child = spawn('sh', ['-c', `sleep 30; : ${words}`], { detached: true, stdio: 'ignore' });
  started.push(child);
  for (let i = 0; i < 50 && groupMembers(child.pid as number).length < 2; i++) await sleep(20);
  return child.pid as number;
}

describe('killStaleGroup', () => {
  it('ends a group whose members still name the marker (the driver left behind)', async () => {
    const pgid = await group('/state/spark/job.json');
    const members = groupMembers(pgid);
    expect(members.length).toBe(2);
    expect(killStaleGroup(pgid, '/state/spark/job.json')).toBe(true);
    for (let i = 0; i < 50 && members.some(pidAlive); i++) await sleep(20);
    expect(members.some(pidAlive)).toBe(false);
  });

  it('leaves alone a group that is someone else now (a recycled pid)', async () => {
    const pgid = await group('an unrelated program');
    expect(killStaleGroup(pgid, '/state/spark/job.json')).toBe(false);
    await sleep(100);
    expect(groupMembers(pgid).every(pidAlive)).toBe(true);
    expect(groupMembers(pgid).length).toBe(2);
  });
});
