#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` produces dist/.
import { main } from '../dist/cli/main.js';

main(process.argv).catch((error) => {
  process.stderr.write(`dateline: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
