import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ChapterId, type ExportDone, type ExportOptions } from '../../../../shared/api'
import { Language } from '../../../../shared/domain'
import { api } from '../../api'
import { report } from '../../app/commands'
import { Dialog } from '../../components/Dialog'
import { useProject } from '../../state/project-store'
import { useUiStore } from '../../state/ui-store'

/**
 * The export dialog: format, document language (independent of the UI language), full or
 * summary, chapters and paper size; shows progress, then offers to open the file.
 */
export function ExportDialog() {
  const { t } = useTranslation('export')
  const project = useProject()
  const close = () => {
    useUiStore.getState().setOverlay(null)
  }
  const [options, setOptions] = useState<ExportOptions>({
    format: 'pdf',
    language: project.meta.language,
    isSummary: false,
    chapters: null,
    paperSize: 'A4',
  })
  const [isWorking, setWorking] = useState(false)
  const [done, setDone] = useState<ExportDone | null>(null)
  const change = (patch: Partial<ExportOptions>) => {
    setOptions({ ...options, ...patch })
    setDone(null)
  }
  const chapters = options.chapters ?? ChapterId.options
  const toggleChapter = (chapter: ChapterId) => {
    const next = chapters.includes(chapter)
      ? chapters.filter((c) => c !== chapter)
      : [...chapters, chapter]
    change({ chapters: next.length === ChapterId.options.length ? null : next })
  }
  const start = async () => {
    setWorking(true)
    const result = await api().exportDocument({ project, options })
    setWorking(false)
    if (result.ok) setDone(result.data)
    else report(result.error)
  }
  return (
    <Dialog title={t('heading')} onClose={close}>
      <div className="field-row">
        <label className="field">
          <span>{t('format')}</span>
          <select
            value={options.format}
            onChange={(e) => {
              change({ format: e.target.value === 'docx' ? 'docx' : 'pdf' })
            }}
          >
            <option value="pdf">{t('pdf')}</option>
            <option value="docx">{t('docx')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('language')}</span>
          <select
            value={options.language}
            onChange={(e) => {
              change({ language: Language.parse(e.target.value) })
            }}
          >
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{t('scope')}</span>
          <select
            value={options.isSummary ? 'summary' : 'full'}
            onChange={(e) => {
              change({ isSummary: e.target.value === 'summary' })
            }}
          >
            <option value="full">{t('full')}</option>
            <option value="summary">{t('summary')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('paper')}</span>
          <select
            value={options.paperSize}
            onChange={(e) => {
              change({ paperSize: e.target.value === 'LETTER' ? 'LETTER' : 'A4' })
            }}
          >
            <option value="A4">A4</option>
            <option value="LETTER">Letter</option>
          </select>
        </label>
      </div>
      {!options.isSummary && (
        <fieldset className="chapters">
          <legend>{t('chapters')}</legend>
          {ChapterId.options.map((chapter) => (
            <label key={chapter} className="inline-field">
              <input
                type="checkbox"
                checked={chapters.includes(chapter)}
                onChange={() => {
                  toggleChapter(chapter)
                }}
              />
              <span>{t(`chapter.${chapter}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {isWorking && (
        <p role="status">
          <progress aria-label={t('working')} /> {t('working')}
        </p>
      )}
      {done && (
        <p role="status">
          {t('done', {
            fileName: done.fileName,
            size: Math.max(1, Math.round(done.bytes / 1024)),
            pages: done.pages === null ? '' : t('pages', { count: done.pages }),
          })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={isWorking} onClick={() => void start()}>
          {t('start')}
        </button>
        {done && (
          <button
            type="button"
            onClick={() =>
              void api()
                .exportOpenFile({})
                .then((r) => {
                  if (!r.ok) report(r.error)
                })
            }
          >
            {t('open')}
          </button>
        )}
        {done && (
          <button
            type="button"
            onClick={() =>
              void api()
                .exportShowInFolder({})
                .then((r) => {
                  if (!r.ok) report(r.error)
                })
            }
          >
            {t('showInFolder')}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  )
}
