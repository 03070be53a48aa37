import { useTranslation } from 'react-i18next'
import {
  LinkKind,
  linkInitiative,
  unlinkInitiative,
  type Initiative,
} from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'
import { LINK_TERMS, linkTargets } from './link-targets'

/** What the initiative serves in steps 1-6: one checkbox per assumption, segment, need, ... */
export function LinksEditor({ initiative }: { readonly initiative: Initiative }) {
  const { t } = useTranslation('prioritisation')
  const { t: term } = useTranslation('glossary')
  const project = useProject()
  const dispatch = useDispatch()
  const targets = linkTargets(project)
  const isLinked = (kind: LinkKind, id: string) =>
    initiative.links.some((link) => link.kind === kind && link.id === id)
  return (
    <section className="links-editor" aria-labelledby="links-heading">
      <h3 id="links-heading">{t('detail.links')}</h3>
      <p className="muted">{t('detail.linksHint')}</p>
      <div className="links-grid">
        {LinkKind.options.map((kind) => (
          <fieldset key={kind}>
            <legend>{term(LINK_TERMS[kind])}</legend>
            {targets[kind].length === 0 && <p className="muted">{t('detail.noTargets')}</p>}
            {targets[kind].map((target) => (
              <label key={target.id} className="inline-field">
                <input
                  type="checkbox"
                  checked={isLinked(kind, target.id)}
                  onChange={(event) => {
                    const checked = event.target.checked
                    const link = { kind, id: target.id }
                    const initiativeId = initiative.id
                    dispatch((p) =>
                      checked
                        ? linkInitiative(p, { initiativeId, link })
                        : unlinkInitiative(p, { initiativeId, link }),
                    )
                  }}
                />
                <span>{target.label || t('detail.untitledTarget')}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </section>
  )
}
