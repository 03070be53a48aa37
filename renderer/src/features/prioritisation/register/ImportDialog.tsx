import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  mergeInitiativeDrafts,
  parseInitiativesCsv,
  parsePastedRows,
  planImport,
  type ParsedInitiatives,
} from '../../../../../shared/domain/csv'
import { Dialog } from '../../../components/Dialog'
import { newId } from '../../../state/ids'
import { useDispatch, useProject } from '../../../state/project-store'
import { useUiStore } from '../../../state/ui-store'

export type ImportSource =
  | { readonly kind: 'paste'; readonly text: string }
  | { readonly kind: 'csv'; readonly fileName: string; readonly text: string }

const MAX_PROBLEMS_SHOWN = 12

/**
 * Shows what an import or a paste will do (how many initiatives are added or updated, and every
 * cell that could not be taken as it was) before anything changes; one undoable edit.
 */
export function ImportDialog({
  source,
  onClose,
}: {
  readonly source: ImportSource
  readonly onClose: () => void
}) {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const [text, setText] = useState(source.text)
  const parsed: ParsedInitiatives = useMemo(
    () => (source.kind === 'paste' ? parsePastedRows(text) : parseInitiativesCsv(text)),
    [source.kind, text],
  )
  const plan = planImport(project, parsed.drafts)
  const apply = () => {
    const newIds = parsed.drafts.map(() => newId('i'))
    dispatch((p) => mergeInitiativeDrafts(p, { drafts: parsed.drafts, newIds }))
    useUiStore.getState().notify(t('import.done', { ...plan }), 'info')
    onClose()
  }
  const title = source.kind === 'paste' ? t('import.pasteTitle') : t('import.csvTitle', source)
  return (
    <Dialog title={title} onClose={onClose}>
      {source.kind === 'paste' && (
        <label className="field">
          <span>{t('import.pasteHint')}</span>
          <textarea
            rows={6}
            value={text}
            onChange={(event) => {
              setText(event.target.value)
            }}
          />
        </label>
      )}
      <p role="status">
        {parsed.drafts.length === 0 ? t('import.nothing') : t('import.plan', { ...plan })}{' '}
        {parsed.drafts.length > 0 &&
          (parsed.hasHeader ? t('import.withHeader') : t('import.withoutHeader'))}
      </p>
      {parsed.problems.length > 0 && (
        <div className="import-problems">
          <h3>{t('import.problems', { count: parsed.problems.length })}</h3>
          <ul>
            {parsed.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem, i) => (
              <li key={i}>
                {t(`import.problem.${problem.code}`, {
                  row: problem.row,
                  column: problem.column ? t(`register.column.${problem.column}`) : '',
                  value: problem.value,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          disabled={parsed.drafts.length === 0}
          onClick={apply}
        >
          {t('import.apply')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  )
}
