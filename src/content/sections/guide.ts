import type { Statement } from '../types.js';

/** Text of <back-surgery-guide>: its own title, introduction and table of contents. */
export interface GuideShellContent {
  readonly title: string;
  readonly intro: Statement;
  /** Accessible name and heading of the table of contents. */
  readonly tocTitle: string;
}
