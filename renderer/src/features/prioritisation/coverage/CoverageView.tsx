import { useTranslation } from 'react-i18next'
import {
  coverageGaps,
  linkInitiative,
  triageParkingLotItem,
  type LinkKind,
  addInitiative,
} from '../../../../../shared/domain'
import { newId } from '../../../state/ids'
import { useDispatch, useProject } from '../../../state/project-store'
import { LINK_TERMS, firstLine } from '../detail/link-targets'
import { openInitiative } from '../prioritisation-ui-store'
import { Traceability } from './Traceability'

interface Gap {
  readonly kind: LinkKind
  readonly id: string
  readonly label: string
}

function GapList({ kind, gaps }: { readonly kind: LinkKind; readonly gaps: readonly Gap[] }) {
  const { t } = useTranslation('prioritisation')
  const { t: term } = useTranslation('glossary')
  const dispatch = useDispatch()
  const create = (gap: Gap) => {
    const id = newId('i')
    const title = t(`coverage.newTitle.${kind}`, { name: gap.label }).slice(0, 500)
    dispatch((p) =>
      linkInitiative(addInitiative(p, { id, title }), {
        initiativeId: id,
        link: { kind, id: gap.id },
      }),
    )
    openInitiative(id)
  }
  return (
    <section className="gap-list" aria-labelledby={`gaps-${kind}`} data-gap-kind={kind}>
      <h2 id={`gaps-${kind}`}>
        {t(`coverage.gapHeading.${kind}`)} <span className="count">{gaps.length}</span>
      </h2>
      {gaps.length === 0 ? (
        <p className="muted">{t('coverage.none', { term: term(LINK_TERMS[kind]) })}</p>
      ) : (
        <ul>
          {gaps.map((gap) => (
            <li key={gap.id} data-gap-id={gap.id}>
              <span>{gap.label || t('detail.untitledTarget')}</span>
              <button
                type="button"
                aria-label={t('coverage.createFor', { name: gap.label })}
                onClick={() => {
                  create(gap)
                }}
              >
                {t('coverage.create')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Ideas from the parking lot that are still open and could become initiatives. */
function OpenIdeas() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const open = project.parkingLot.filter((item) => item.triage === 'open')
  if (open.length === 0) return null
  return (
    <section className="gap-list" aria-labelledby="open-ideas">
      <h2 id="open-ideas">
        {t('coverage.openIdeas')} <span className="count">{open.length}</span>
      </h2>
      <ul>
        {open.map((item) => (
          <li key={item.id}>
            <span>{firstLine(item.text)}</span>
            <button
              type="button"
              onClick={() => {
                const newInitiativeId = newId('i')
                dispatch((p) =>
                  triageParkingLotItem(p, { id: item.id, triage: 'initiative', newInitiativeId }),
                )
                openInitiative(newInitiativeId)
              }}
            >
              {t('coverage.promote')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * Traceability and coverage: what steps 1-6 ask for that no initiative serves yet (most valuable
 * segments, capability gaps, needs to investigate, assumptions, CARE actions), each with a button
 * that creates an initiative linked to it.
 */
export function CoverageView() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const gaps = coverageGaps(project)
  return (
    <section className="prioritisation coverage" aria-labelledby="coverage-heading">
      <header className="view-header">
        <h1 id="coverage-heading">{t('coverage.viewHeading')}</h1>
        <p className="muted">{t('coverage.total', { count: gaps.total })}</p>
      </header>
      <div className="gap-grid">
        <GapList
          kind="segment"
          gaps={gaps.segments.map((s) => ({ kind: 'segment', id: s.id, label: s.name }))}
        />
        <GapList
          kind="capability"
          gaps={gaps.capabilities.map((c) => ({ kind: 'capability', id: c.id, label: c.name }))}
        />
        <GapList
          kind="need"
          gaps={gaps.needs.map((n) => ({ kind: 'need', id: n.id, label: firstLine(n.text) }))}
        />
        <GapList
          kind="assumption"
          gaps={gaps.assumptions.map((a) => ({
            kind: 'assumption',
            id: a.id,
            label: firstLine(a.text),
          }))}
        />
        <GapList
          kind="care"
          gaps={gaps.careActions.map((a) => ({ kind: 'care', id: a.id, label: firstLine(a.text) }))}
        />
      </div>
      <OpenIdeas />
      <Traceability />
    </section>
  )
}
