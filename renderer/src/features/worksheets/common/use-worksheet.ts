import { useTranslation } from 'react-i18next'
import type { Language, StepId } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'
import type { Option } from '../../../components/table'

/** The UI language as the domain's language. */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return i18n.language.startsWith('de') ? 'de' : 'en'
}

/** One step's worksheet and the dispatcher of pure updaters. */
export function useWorksheet<K extends StepId>(step: K) {
  const project = useProject()
  const dispatch = useDispatch()
  return { project, worksheet: project.steps[step], dispatch }
}

/** Options of a select from an enum's values, labelled from `worksheets:enums.<name>.<value>`. */
export function useEnumOptions(name: string, values: readonly string[]): Option[] {
  const { t } = useTranslation('worksheets')
  return values.map((value) => ({ value, label: t(`enums.${name}.${value}`) }))
}
