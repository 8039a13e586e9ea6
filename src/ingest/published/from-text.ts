import type { Caption, Dateline, Published } from '../../doc/schema.js';
import { findDates } from './dates.js';
import { inferPublished } from './infer.js';

/**
 * The publication date when no metadata gives it: a wire dateline printing a full date is read as is
 * (`how: "text"`); otherwise it is inferred from the body and the captions (see infer.ts).
 */
export function publishedFromText(
  text: string,
  captions: readonly Caption[],
  dateline: Dateline | null,
): Published | null {
  const printed = dateline && findDates(dateline.text)[0];
  if (dateline && printed) {
    return {
      value: printed.value,
      how: 'text',
      source: 'dateline',
      evidence: [
        {
          start: printed.start,
          end: printed.end,
          text: dateline.text.slice(printed.start, printed.end),
          field: 'dateline',
        },
      ],
    };
  }
  return inferPublished(
    [
      { text, field: 'text' },
      ...captions.map((c, caption) => ({ text: c.text, field: 'caption' as const, caption })),
    ],
    dateline ? { text: dateline.text, field: 'dateline' } : undefined,
  );
}
