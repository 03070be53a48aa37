import { useState, type ClipboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { addInitiative } from '../../../../../shared/domain'
import { newId } from '../../../state/ids'
import { useDispatch, useProject } from '../../../state/project-store'
import { openInitiative } from '../prioritisation-ui-store'
import { chooseCsvFile, exportInitiativesCsv } from './csv-actions'
import { ImportDialog, type ImportSource } from './ImportDialog'
import { RegisterTable } from './RegisterTable'
import { RegisterToolbar } from './RegisterToolbar'
import { useQuadrants } from './useQuadrants'

/** Text that looks like rows copied from a spreadsheet rather than a single word. */
const looksLikeRows = (text: string) => text.includes('\t') || text.trim().includes('\n')

/** The initiative register of step 7: every initiative with its owner, dates and status. */
export function RegisterView() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const { quadrantOf, quadrantText } = useQuadrants()
  const [importing, setImporting] = useState<ImportSource | null>(null)
  const onPaste = (event: ClipboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement
    if (target.closest('input, textarea, select, [contenteditable]')) return
    const text = event.clipboardData.getData('text/plain')
    if (!looksLikeRows(text)) return
    event.preventDefault()
    setImporting({ kind: 'paste', text })
  }
  return (
    <section
      className="prioritisation register"
      aria-labelledby="register-heading"
      onPaste={onPaste}
    >
      <header className="view-header">
        <h1 id="register-heading">{t('register.heading')}</h1>
        <p className="muted">{t('register.count', { count: project.initiatives.length })}</p>
      </header>
      <div className="register-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            const id = newId('i')
            dispatch((p) => addInitiative(p, { id, title: t('register.newTitle') }))
            openInitiative(id)
          }}
        >
          {t('register.add')}
        </button>
        <button
          type="button"
          onClick={() => {
            setImporting({ kind: 'paste', text: '' })
          }}
        >
          {t('register.paste')}
        </button>
        <button
          type="button"
          onClick={() => {
            void chooseCsvFile().then((file) => {
              if (file) setImporting({ kind: 'csv', ...file })
            })
          }}
        >
          {t('register.importCsv')}
        </button>
        <button type="button" onClick={() => void exportInitiativesCsv(project)}>
          {t('register.exportCsv')}
        </button>
      </div>
      <RegisterToolbar />
      <RegisterTable
        initiatives={project.initiatives}
        quadrantOf={quadrantOf}
        quadrantText={quadrantText}
      />
      {importing && (
        <ImportDialog
          source={importing}
          onClose={() => {
            setImporting(null)
          }}
        />
      )}
    </section>
  )
}
