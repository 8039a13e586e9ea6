// `dateline serve` names a port it cannot use and exits 1, instead of crashing with a stack trace.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open.js';
import { runCli } from '../../support/cli.js';

describe('dateline serve --port', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-serve-'));
  const db = join(dir, 'empty.db');
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    await (await openStore(db)).close();
    busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((done) => busy.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('a port in use: one line naming it, exit 1', () => {
    const r = runCli(['serve', '--db', db, '--port', String(port)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`dateline: cannot listen on 127.0.0.1:${port}: the port is in use\n`);
  });

  it('a port that is not a number is refused before anything starts', () => {
    const r = runCli(['serve', '--db', db, '--port', 'http']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not a port (0–65535): "http"');
  });
});
