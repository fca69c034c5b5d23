/** Text of <back-surgery-guide> (its own title and table of contents). */
export interface GuideShellContent {
  readonly title: string;
}
