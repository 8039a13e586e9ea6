/** What one metadata source says about a page; `source` names the field a value came from. */
export interface HtmlMetadata {
  title?: string;
  /** The standfirst / summary the page declares (description). */
  dek?: string;
  published?: { value: string; source: string };
  byline?: { names: string[]; source: string };
  publisher?: string;
}
