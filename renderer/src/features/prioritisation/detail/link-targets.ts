import type { LinkKind, Project } from '../../../../../shared/domain'

/** Something in steps 1-6 an initiative can serve. */
export interface LinkTarget {
  readonly kind: LinkKind
  readonly id: string
  readonly label: string
}

/** Glossary term of each kind of link. */
export const LINK_TERMS: Readonly<Record<LinkKind, string>> = {
  assumption: 'assumption',
  segment: 'segment',
  need: 'need',
  service: 'service',
  attribute: 'attribute',
  capability: 'capability',
  care: 'careAction',
}

/** The first line of a text, shortened with an ellipsis for a label. */
export function firstLine(text: string, max = 120): string {
  const line = text.split('\n', 1)[0] ?? ''
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`
}

/** Everything in steps 1-6 that an initiative can link to, grouped by kind, in worksheet order. */
export function linkTargets(project: Project): Readonly<Record<LinkKind, readonly LinkTarget[]>> {
  const { vision, segments, services, advantage, capabilities, culture } = project.steps
  return {
    assumption: vision.assumptions.map((a) => ({
      kind: 'assumption',
      id: a.id,
      label: firstLine(a.text),
    })),
    segment: segments.segments.map((s) => ({ kind: 'segment', id: s.id, label: s.name })),
    need: services.needs.map((n) => ({ kind: 'need', id: n.id, label: firstLine(n.text) })),
    service: services.services.map((s) => ({ kind: 'service', id: s.id, label: s.name })),
    attribute: advantage.attributes.map((a) => ({ kind: 'attribute', id: a.id, label: a.name })),
    capability: capabilities.capabilities.map((c) => ({
      kind: 'capability',
      id: c.id,
      label: c.name,
    })),
    care: culture.careActions.map((a) => ({ kind: 'care', id: a.id, label: firstLine(a.text) })),
  }
}
