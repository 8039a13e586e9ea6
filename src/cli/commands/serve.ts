// `dateline serve`: the HTTP API and the web UI over a store.
import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { buildPipeline } from '../../pipeline/runner.js';
import { DEFAULT_STAGES } from '../../pipeline/stages.js';
import { resourcePath } from '../../resources.js';
import { analyzeWith } from '../../server/analyze.js';
import { createApp } from '../../server/app.js';
import { openStore, redactUrl } from '../../store/open.js';
import { parsePort, parseSize } from '../options.js';
import { DB_OPTION } from '../store-option.js';

interface ServeOptions {
  db: string;
  port: number;
  host: string;
  maxBody: number;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web UI over a store')
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.defaultValue)
    .option('--port <n>', 'port to listen on', parsePort, 4000)
    .option('--host <host>', 'address to bind (127.0.0.1: this machine only)', '127.0.0.1')
    .option(
      '--max-body <bytes>',
      'largest accepted POST /api/analyze body (e.g. 1MB)',
      parseSize,
      1024 * 1024,
    )
    .action(async (opts: ServeOptions) => {
      const store = await openStore(opts.db, { existing: true });
      const app = createApp({
        store,
        analyze: analyzeWith(buildPipeline(DEFAULT_STAGES)),
        maxBodyBytes: opts.maxBody,
        webRoot: resourcePath('dist', 'web'),
      });
      const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
        process.stdout.write(`Dateline serving ${redactUrl(opts.db)} at http://${opts.host}:${info.port}/\n`);
      });
      server.once('error', (error: NodeJS.ErrnoException) => {
        const reason = error.code === 'EADDRINUSE' ? 'the port is in use' : error.message;
        process.stderr.write(`dateline: cannot listen on ${opts.host}:${opts.port}: ${reason}\n`);
        void store.close().then(() => process.exit(1));
      });
      const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
