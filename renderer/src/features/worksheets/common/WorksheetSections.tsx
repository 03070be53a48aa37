import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiStore } from '../../../state/ui-store'

export interface WorksheetSection {
  readonly id: string
  readonly title: string
  /** A short hint below the heading, hidden in presenter mode. */
  readonly hint?: string
  readonly content: ReactNode
}

/**
 * The parts of a worksheet, one below the other; in presenter mode one part at a time, with
 * previous and next, so that each table fills the projector.
 */
export function WorksheetSections({
  sections,
}: {
  readonly sections: readonly WorksheetSection[]
}) {
  const { t } = useTranslation('worksheets')
  const isPresenting = useUiStore((state) => state.isPresenting)
  const [index, setIndex] = useState(0)
  const current = Math.min(index, sections.length - 1)
  const shown = isPresenting ? sections.slice(current, current + 1) : sections
  return (
    <div className="worksheet-sections">
      {shown.map((section) => (
        <section
          key={section.id}
          className={`worksheet-section section-${section.id}`}
          aria-labelledby={`section-${section.id}`}
        >
          <h2 id={`section-${section.id}`}>{section.title}</h2>
          {section.hint && !isPresenting && <p className="muted hint">{section.hint}</p>}
          {section.content}
        </section>
      ))}
      {isPresenting && sections.length > 1 && (
        <nav className="pager" aria-label={t('presenter.parts')}>
          <button
            type="button"
            disabled={current === 0}
            onClick={() => {
              setIndex(current - 1)
            }}
          >
            {t('presenter.previous')}
          </button>
          <span>{t('presenter.partOf', { current: current + 1, total: sections.length })}</span>
          <button
            type="button"
            disabled={current >= sections.length - 1}
            onClick={() => {
              setIndex(current + 1)
            }}
          >
            {t('presenter.next')}
          </button>
        </nav>
      )}
    </div>
  )
}
