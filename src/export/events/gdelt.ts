// Events as GDELT 2.0 event records (tab-separated, the 61 columns of the GDELT 2.0 event table in
// their order, with a header line). Columns Dateline has no value for (ethnic, religion, known-group
// codes, tone, coordinates, feature ids) stay empty.
import { type ExportedEvent, type SideActor, sideActors } from './exported.js';

const ACTOR = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`),
  ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`),
  ...GEO.map((c) => `Actor2Geo_${c}`),
  ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED',
  'SOURCEURL',
];

function actorColumns(actor: SideActor | undefined): string[] {
  if (!actor) return ACTOR.map(() => '');
  return [actor.code, actor.name.toUpperCase(), actor.country, '', '', '', '', actor.sector, '', ''];
}

function dateColumns(date: string | null): string[] {
  const m = date?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return ['', '', '', ''];
  const [, y, mo, d] = m;
  const dayOfYear = (Date.UTC(+y, +mo - 1, +d) - Date.UTC(+y, 0, 1)) / 86_400_000 + 1;
  return [`${y}${mo}${d}`, `${y}${mo}`, y, (+y + dayOfYear / 365).toFixed(4)];
}

function row(e: ExportedEvent, id: number): string[] {
  const ev = e.event;
  const [actor1] = sideActors(e, ev.source);
  const [actor2] = sideActors(e, ev.target);
  const place = ev.location?.text ?? '';
  const geo = (name: string) => ['', name, '', '', '', '', '', ''];
  const added = (e.article.published ?? e.date ?? '').replace(/\D/g, '').slice(0, 14).padEnd(14, '0');
  return [
    String(id),
    ...dateColumns(e.date),
    ...actorColumns(actor1),
    ...actorColumns(actor2),
    ev.sentence <= 1 ? '1' : '0',
    ev.cameo,
    ev.cameo.slice(0, 3),
    ev.cameo.slice(0, 2),
    String(ev.quad),
    String(ev.goldstein),
    String(1 + (ev.evidence?.length ?? 0)),
    '1',
    '1',
    '',
    ...geo(''),
    ...geo(''),
    ...geo(place),
    added === '00000000000000' ? '' : added,
    e.article.url ?? '',
  ];
}

export function eventsToGdelt(events: readonly ExportedEvent[]): string {
  const clean = (v: string) => v.replace(/[\t\r\n]/g, ' ');
  const lines = [
    GDELT_COLUMNS.join('\t'),
    ...events.map((e, i) =>
      row(e, i + 1)
        .map(clean)
        .join('\t'),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
