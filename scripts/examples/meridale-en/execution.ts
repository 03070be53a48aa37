import type { ExecutionStep } from '../../../shared/domain/index'
import type { InitiativeInput } from '../build'
import { OWNER } from './people'

export const EXECUTION: ExecutionStep = {
  status: 'in-progress',
  answers: {
    ability:
      'Mixed. We mobilise new contracts fast and well, because that process is drilled. Internal change is slower: the last two system projects ran a year late because the people leading them were also running contracts. Each initiative now gets an owner with protected time, and no owner leads more than three at once.',
    prioritise:
      'Each of us scored every initiative privately on six criteria before the scores were revealed. Effect on client loyalty counts three times, fit with the vision twice; effort, cost, risk and time to value once each. The matrix of effort against loyalty shows the quick wins. Where we disagreed strongly we talked it through; the portal was scored again after Marcus split it into phases, and the living wage stays contested until the business case is done.',
    timing:
      'Quick wins start in March and April and must show results within 90 days: business reviews, renewal reviews, onboarding and recognition. The portal and the response guarantee run through 2026. Stable teams start in June, once the union has been consulted, and the supervisor academy in September; the subscription offer for small clients and ISO certification wait until 2027.',
    leads:
      'Every initiative has one owner from the leadership team. Priya carries three overlapping initiatives in the summer of 2026; the ESG pack therefore gets a data analyst from finance two days a week, and its start moves if the renewal reviews slip.',
    'critical-issues':
      'Owners raise blockers at the fortnightly leadership meeting, with a red-amber-green status. Anything red for two meetings in a row goes to Helen for a decision within a week. A client-facing failure is escalated the same day, whatever initiative it belongs to.',
    progress:
      'A one-page update to all staff each month through the supervisors’ briefing, with one story from a site. A quarterly summary to the board and the investor. Clients hear about changes in their business review, and the renewal figures are published to the whole company twice a year.',
  },
}

/** Ratings run [loyalty, vision fit, effort, cost, risk, time to value] for Ashcroft, Okafor, Raman, Gallagher, Pritchard, Lindqvist. */
export const INITIATIVES: InitiativeInput[] = [
  {
    id: 'i-portal',
    title: 'Client portal with live job tracking',
    description:
      'Phase 1 (2026): every reactive job and planned task tracked from request to sign-off, visible to the client with photos and times. Phase 2 (2027): the monthly report generated from the same data.',
    status: 'running',
    owner: OWNER.lindqvist,
    start: '2026-01-05',
    end: '2026-12-18',
    criticalIssues:
      'The first scope covered reporting and invoicing too, which is why the first scores split on effort; after cutting it to job tracking the room agreed. Data quality from sites without devices is the main risk.',
    communication: {
      audience: 'Client FM managers',
      timing: 'Pilot with three clients in June, all clients by December',
      channel: 'Business reviews and a short walkthrough video',
    },
    links: {
      segment: ['seg-corporate', 'seg-healthcare'],
      need: ['need-corp-one-view', 'need-health-response'],
      service: ['svc-portal'],
      attribute: ['att-reporting', 'att-response'],
      capability: ['cap-job-tracking'],
      care: ['care-client-communicate'],
    },
    estimates: { rice: [600, 2, 80, 18], ice: [7, 6, 3], wsjf: [13, 5, 8, 13], moscow: 'must' },
    ratings: ['443334', '444334', '543333', '344434', '443333', '453324'],
    firstRound: ['444434', '445444', '552333', '335544', '443333', '452324'],
  },
  {
    id: 'i-business-reviews',
    title: 'Quarterly business reviews for every contract above £250k',
    description:
      'Extend the quarterly review from the ten largest clients to all 45 contracts above £250k a year, with a standard agenda: figures, complaints, what we changed, what is coming.',
    status: 'rescope',
    owner: OWNER.raman,
    start: '2026-03-02',
    end: '2026-06-30',
    criticalIssues:
      'Account managers already run 12 to 15 contracts each; the reviews need a template and data they do not have to assemble by hand.',
    communication: {
      audience: 'Account managers and client FM managers',
      timing: 'From the April reviews',
      channel: 'Account team meeting; invitation letter to clients',
    },
    links: {
      segment: ['seg-corporate', 'seg-healthcare'],
      need: ['need-corp-one-view'],
      service: ['svc-account'],
      attribute: ['att-reporting', 'att-senior-access'],
      capability: ['cap-renewal-planning'],
      care: ['care-client-communicate'],
    },
    estimates: { rice: [45, 2, 100, 1], ice: [8, 9, 9], wsjf: [13, 8, 5, 2], moscow: 'must' },
    ratings: ['452121', '541121', '552121', '442211', '452111', '441122'],
  },
  {
    id: 'i-esg-pack',
    title: 'Monthly ESG figures for corporate clients',
    description:
      'A monthly pack of energy use, waste and recycling rates, and social value (local hires, living-wage hours) per site, in a format clients can drop into their own reporting.',
    status: 'new',
    owner: OWNER.raman,
    start: '2026-06-01',
    end: '2027-03-31',
    criticalIssues:
      'Energy data sits with the clients’ landlords; waste data with three different contractors. A data analyst from finance is needed two days a week.',
    communication: {
      audience: 'Corporate clients and their sustainability leads',
      timing: 'Sample pack in September, monthly from January',
      channel: 'Business review and portal',
    },
    links: {
      assumption: ['as-esg'],
      segment: ['seg-corporate'],
      need: ['need-corp-esg'],
      attribute: ['att-reporting'],
      capability: ['cap-esg-data'],
      care: ['care-client-enrich'],
    },
    estimates: { rice: [22, 2, 50, 6], ice: [7, 5, 5], wsjf: [13, 8, 3, 8], moscow: 'should' },
    ratings: ['443333', '434333', '543433', '333433', '444333', '443433'],
  },
  {
    id: 'i-early-renewal',
    title: 'Renewal reviews twelve months before contract end',
    description:
      'For every contract, a structured review a year before it ends: what the client would change, what a re-tender would cost them, and an offer to extend on improved terms.',
    status: 'new',
    owner: OWNER.raman,
    start: '2026-04-01',
    end: '2026-12-18',
    criticalIssues:
      'Some public-sector clients must re-tender by law; for them the review prepares the bid instead of an extension.',
    communication: {
      audience: 'Leadership team and account managers',
      timing: 'Renewal pipeline reviewed monthly',
      channel: 'Leadership meeting; renewal dashboard',
    },
    links: {
      assumption: ['as-tenders'],
      segment: ['seg-corporate', 'seg-healthcare'],
      capability: ['cap-renewal-planning'],
      care: ['care-client-acknowledge'],
    },
    estimates: { rice: [35, 3, 80, 2], ice: [9, 8, 8], wsjf: [20, 13, 8, 3], moscow: 'must' },
    ratings: ['542112', '442112', '552112', '541111', '442122', '542112'],
  },
  {
    id: 'i-living-wage',
    title: 'Pay the voluntary living wage on all contracts',
    description:
      'Move every operative to the voluntary living wage, passing the increase to clients at renewal where contracts allow and absorbing it elsewhere.',
    status: 'new',
    owner: OWNER.gallagher,
    start: '2026-10-01',
    end: '2027-04-30',
    criticalIssues:
      'Contested. Operations and People expect turnover to fall sharply and complaints with it; Finance sees £1.9m a year of cost, of which perhaps half can be passed on. The business case, with turnover figures from the two contracts already on the living wage, goes to the board in May.',
    communication: {
      audience: 'All operatives, clients, the investor',
      timing: 'Only after the board decision',
      channel: 'Letter to staff; business reviews; board paper',
    },
    links: {
      assumption: ['as-turnover'],
      attribute: ['att-stability'],
      need: ['need-all-faces'],
      care: ['care-staff-appreciate'],
    },
    estimates: { rice: [600, 2, 50, 4], ice: [7, 4, 3], wsjf: [13, 5, 13, 13], moscow: 'could' },
    ratings: ['443534', '553534', '443434', '124555', '553423', '233544'],
  },
  {
    id: 'i-supervisor-academy',
    title: 'Supervisor academy',
    description:
      'A six-module programme for all site supervisors: leading a team, handling the client, solving problems on the spot, reading the figures. One day a month over six months, in cohorts of twelve.',
    status: 'new',
    owner: OWNER.pritchard,
    start: '2026-09-01',
    end: '2027-06-30',
    criticalIssues:
      'Supervisors can only attend if their site is covered, which depends on the cover pool.',
    communication: {
      audience: 'Supervisors and their managers',
      timing: 'Announced in June, first cohort in September',
      channel: 'Personal invitation from Daniel; graduation at the summer conference',
    },
    links: {
      attribute: ['att-stability', 'att-response'],
      capability: ['cap-supervisors', 'cap-training-centre'],
      care: ['care-staff-empower'],
    },
    estimates: { rice: [600, 2, 80, 12], ice: [8, 6, 4], wsjf: [13, 3, 8, 13], moscow: 'should' },
    ratings: ['454324', '444334', '354324', '344424', '454314', '453324'],
  },
  {
    id: 'i-compliments',
    title: 'Client compliments reach the operative within a week',
    description:
      'Every compliment from a client is logged and passed on by the supervisor, by name, within a week; the best ones go into the monthly briefing.',
    status: 'new',
    owner: OWNER.pritchard,
    start: '2026-03-02',
    end: '2026-05-29',
    criticalIssues: 'Compliments arrive by email to account managers and often stop there.',
    communication: {
      audience: 'All staff',
      timing: 'Monthly',
      channel: 'Site briefing and staff app',
    },
    links: { care: ['care-staff-recognize'] },
    estimates: null,
    ratings: ['341111', '241111', '341111', '231111', '451111', '331112'],
  },
  {
    id: 'i-response-guarantee',
    title: 'Four-hour engineering response guarantee',
    description:
      'Re-scope the helpdesk from an eight-hour target to a four-hour guarantee for healthcare and corporate clients, with a service credit when we miss it.',
    status: 'rescope',
    owner: OWNER.lindqvist,
    start: '2026-04-01',
    end: '2026-10-30',
    criticalIssues:
      'Cannot be met in the North East without a base there; the guarantee starts with Yorkshire sites only.',
    communication: {
      audience: 'Healthcare and corporate clients',
      timing: 'When three months of data show we can keep it',
      channel: 'Business review; contract variation',
    },
    links: {
      segment: ['seg-healthcare', 'seg-corporate'],
      need: ['need-health-response'],
      service: ['svc-helpdesk'],
      attribute: ['att-response'],
      care: ['care-client-respond'],
    },
    estimates: { rice: [180, 2, 80, 6], ice: [8, 7, 5], wsjf: [13, 8, 5, 8], moscow: 'must' },
    ratings: ['543432', '443432', '554332', '434443', '443332', '543432'],
  },
  {
    id: 'i-sme-subscription',
    title: 'Fixed-price monthly subscription for small clients',
    description:
      'A simple monthly price for cleaning and minor repairs, cancellable with one month’s notice, sold online.',
    status: 'new',
    owner: OWNER.gallagher,
    start: '2027-01-11',
    end: '2027-06-30',
    criticalIssues:
      'The need is not yet confirmed, and the price must cover higher churn. Test with five clients first.',
    communication: {
      audience: 'Small clients and prospects',
      timing: 'After the test',
      channel: 'Website and account managers',
    },
    links: {
      segment: ['seg-sme'],
      need: ['need-sme-simple'],
      service: ['svc-office-essentials'],
      attribute: ['att-price'],
    },
    estimates: null,
    ratings: ['223333', '323333', '224333', '333233', '223343', '324333'],
  },
  {
    id: 'i-devices',
    title: 'Handheld devices for all site operatives',
    description:
      'Roll out handheld devices to cleaning and security teams so that tasks, issues and photos are recorded on the spot instead of on paper.',
    status: 'running',
    owner: OWNER.okafor,
    start: '2026-01-12',
    end: '2026-08-28',
    criticalIssues:
      'Some operatives have little confidence with apps; training must be in short sessions on site, in several languages.',
    communication: {
      audience: 'Site teams',
      timing: 'Site by site as devices arrive',
      channel: 'Supervisor briefing with a demo',
    },
    links: { capability: ['cap-devices', 'cap-job-tracking'], attribute: ['att-reporting'] },
    estimates: { rice: [600, 1, 80, 8], ice: [5, 8, 5], wsjf: [5, 3, 5, 8], moscow: 'should' },
    ratings: ['333423', '433423', '334433', '323523', '333323', '343423'],
  },
  {
    id: 'i-iso',
    title: 'ISO 41001 certification',
    description:
      'Certify our facility-management system to ISO 41001, which two university tenders have asked for.',
    status: 'new',
    owner: OWNER.okafor,
    start: '2027-01-04',
    end: '2027-09-30',
    criticalIssues:
      'Heavy documentation effort for little effect on existing clients; worth it only if we keep bidding for universities.',
    communication: {
      audience: 'Leadership team',
      timing: 'Quarterly',
      channel: 'Leadership meeting',
    },
    links: { assumption: ['as-tenders'], segment: ['seg-education'] },
    estimates: { rice: [20, 0.25, 80, 10], ice: [3, 7, 2], wsjf: [3, 8, 5, 13], moscow: 'could' },
    ratings: ['124325', '214425', '124335', '113325', '124425', '224325'],
  },
  {
    id: 'i-stable-teams',
    title: 'Stable site teams with a trained cover pool',
    description:
      'Stop moving staff between sites to cover absences. Build a pool of 40 trained floaters who cover holidays and sickness, so that each site keeps its own team.',
    status: 'new',
    owner: OWNER.okafor,
    start: '2026-06-01',
    end: '2027-02-26',
    criticalIssues:
      'Floaters cost money when idle; the pool must be sized on absence data. The union wants to be consulted before it is announced.',
    communication: {
      audience: 'Site teams, supervisors, union',
      timing: 'Consultation in May, launch in June',
      channel: 'Briefings and a joint note with the union',
    },
    links: {
      assumption: ['as-turnover'],
      need: ['need-all-faces'],
      service: ['svc-site-teams'],
      attribute: ['att-stability'],
      capability: ['cap-cover-pool'],
    },
    estimates: { rice: [400, 3, 80, 10], ice: [9, 6, 4], wsjf: [20, 8, 13, 13], moscow: 'must' },
    ratings: ['554433', '554443', '454433', '443533', '554333', '454433'],
  },
  {
    id: 'i-onboarding',
    title: '90-day onboarding plan for every new contract',
    description:
      'A fixed plan for the first 90 days of a contract: named team on day one, weekly check-ins for a month, a review at day 90 with the client’s sponsor.',
    status: 'new',
    owner: OWNER.ashcroft,
    start: '2026-03-02',
    end: '2026-06-30',
    criticalIssues: 'Mobilisation teams are stretched in the spring, when most contracts start.',
    communication: {
      audience: 'Mobilisation and account teams',
      timing: 'From the next new contract',
      channel: 'Playbook and leadership meeting',
    },
    links: {
      segment: ['seg-corporate', 'seg-healthcare'],
      attribute: ['att-senior-access'],
      care: ['care-client-acknowledge'],
    },
    estimates: { rice: [12, 2, 80, 1], ice: [7, 8, 9], wsjf: [8, 5, 5, 2], moscow: 'should' },
    ratings: ['442112', '442112', '552112', '431111', '442112', '432122'],
  },
  {
    id: 'i-vision-roadshow',
    title: 'Vision roadshow to every site',
    description:
      'Helen and one director visit every region with the vision, a short video and a question-and-answer session; supervisors carry it into their site briefings.',
    status: 'new',
    owner: OWNER.ashcroft,
    start: '2026-02-16',
    end: '2026-04-30',
    criticalIssues: 'Night and early-shift teams are hard to reach; sessions must fit their hours.',
    communication: {
      audience: 'All staff',
      timing: 'February to April',
      channel: 'Regional sessions, video, payslip leaflet',
    },
    links: { care: ['care-staff-communicate'] },
    estimates: { rice: [600, 0.5, 80, 1.5], ice: [4, 7, 8], wsjf: [5, 8, 3, 2], moscow: 'must' },
    ratings: ['352112', '252112', '351112', '242112', '353112', '252112'],
  },
]
