import type { ExportOptions } from '../../../shared/api'
import type { Project } from '../../../shared/domain'

/** Characters no file system accepts in a name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]+/g

/**
 * The file name the save dialog suggests: the project title made safe for every file system,
 * with the language (and "summary") as suffix, e.g. `Loyalty strategy 2026-de.pdf`.
 */
export function suggestedExportName(
  project: Project,
  options: Pick<ExportOptions, 'format' | 'language' | 'isSummary'>,
): string {
  const title = project.meta.title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 120)
  const base = title.replace(/^\.+/, '') || 'strategy'
  const summary = options.isSummary ? '-summary' : ''
  return `${base}${summary}-${options.language}.${options.format}`
}
