// `dateline events`: query the stored events and export them (table, JSON lines, CSV, GDELT, PLOVER).
import { type Command, Option } from 'commander';
import { EVENT_EXPORTS, EVENT_FORMATS, type EventFormat } from '../../export/events/index.js';
import { collectEvents, type EventFilter, type EventStore } from '../../export/events/query.js';
import { openStore } from '../../store/open.js';
import {
  parseActorCode,
  parseCameoCode,
  parseEventType,
  parseLimit,
  parseQueryDate,
} from '../event-options.js';
import { DB_OPTION } from '../store-option.js';

interface EventsOptions extends EventFilter {
  db: string;
  format: EventFormat;
  limit: number;
}

async function openEventStore(db: string): Promise<EventStore> {
  return openStore(db, { existing: true });
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('query the stored events and print or export them')
    .option(DB_OPTION.flags, DB_OPTION.description, DB_OPTION.defaultValue)
    .option(
      '--actor <code>',
      'source actor: a CAMEO code or its prefix (PRK matches PRKGOV), any of coordinated actors',
      parseActorCode,
    )
    .option('--target <code>', 'target actor: a CAMEO code or its prefix', parseActorCode)
    .option('--involving <code>', 'either side: a CAMEO code or its prefix', parseActorCode)
    .option('--type <type>', 'PLOVER event type (AGREE, CONSULT, …)', parseEventType)
    .option('--cameo <code>', 'CAMEO event code or its prefix (04 matches 043)', parseCameoCode)
    .option('--from <date>', 'first event date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive', parseQueryDate)
    .option('--to <date>', 'last event date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive', parseQueryDate)
    .option('--q <words>', 'only events of articles matching this full-text query')
    .addOption(new Option('--format <format>', 'output format').choices(EVENT_FORMATS).default('table'))
    .option('--limit <n>', 'at most this many events (0 = all)', parseLimit, 0)
    .action(async (opts: EventsOptions) => {
      const { db, format, limit, ...filter } = opts;
      const store = await openEventStore(db);
      try {
        const events = await collectEvents(store, filter, limit || Number.POSITIVE_INFINITY);
        process.stdout.write(EVENT_EXPORTS[format](events));
      } finally {
        await store.close();
      }
    });
}
