import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/shallow'
import type { Language, Project, StepId } from '../../../../../shared/domain'
import { useDispatch, useProjectPart } from '../../../state/project-store'
import type { Option } from '../../../components/table'

/** The UI language as the domain's language. */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return i18n.language.startsWith('de') ? 'de' : 'en'
}

/** A step's worksheet without the answers to its guiding questions and its status. */
export type WorksheetOf<K extends StepId> = Omit<Project['steps'][K], 'answers' | 'status'>

const SHOWN_ELSEWHERE = new Set(['answers', 'status'])

function worksheetOf<K extends StepId>(project: Project, step: K): WorksheetOf<K> {
  // The answers and the status are shown elsewhere; leaving them out keeps the worksheet still
  // while the facilitator types an answer. Only those two keys go, so the rest is the type above.
  return Object.fromEntries(
    Object.entries(project.steps[step]).filter(([key]) => !SHOWN_ELSEWHERE.has(key)),
  ) as WorksheetOf<K>
}

/**
 * One step's worksheet and the dispatcher of pure updaters. The worksheet re-renders only when
 * one of its own parts changes: typing an answer or setting the step's status leaves it alone.
 */
export function useWorksheet<K extends StepId>(step: K) {
  const worksheet = useProjectPart(useShallow((project: Project) => worksheetOf(project, step)))
  const dispatch = useDispatch()
  return { worksheet, dispatch }
}

/** Options of a select from an enum's values, labelled from `worksheets:enums.<name>.<value>`. */
export function useEnumOptions(name: string, values: readonly string[]): Option[] {
  const { t } = useTranslation('worksheets')
  return values.map((value) => ({ value, label: t(`enums.${name}.${value}`) }))
}
