/** What the services child process (services-child.ts) can do and what it reports. */

export const CHILD_STEPS = [
  'open',
  'rank',
  'rerank-one-rating',
  'save',
  'docx-full',
  'pdf-full',
  'docx-summary',
  'pdf-summary',
] as const
export type ChildStep = (typeof CHILD_STEPS)[number]

/** One line of the child's report. */
export interface ChildReport {
  readonly step: ChildStep | 'loaded'
  readonly ms: number
  readonly cpuMs: number
  /** Peak resident set size of the process so far, in megabytes. */
  readonly maxRssMB: number
}
