import type { AdvantageStep, CapabilitiesStep, CultureStep } from '../../../shared/domain/index'
import { cultureRatingsOf } from '../build'
import { PARTICIPANT_IDS } from './people'

export const ADVANTAGE: AdvantageStep = {
  status: 'done',
  answers: {
    differentiators:
      'In facilities services most providers promise the same: quality, compliance, value. Clients tell the difference by four things: how fast problems are fixed, whether the faces on site stay the same, how open the provider is about what went wrong, and whether a senior person answers the phone.',
    competitors:
      'Sterling National FM, the national integrated provider that wins on breadth and reporting; CleanPath, a low-cost cleaning specialist that undercuts us on small contracts; and the clients’ own in-house teams, which a few corporates are bringing back to win control and staff loyalty.',
    'pros-cons':
      'Clients credit us with local knowledge, senior access and flexibility: “you sort it out and argue about scope later”. They mark us down on reporting, where Sterling is far ahead, and on staff stability, where high turnover means new faces every few months. On price we sit in the middle, which is fine for healthcare and a problem with small clients.',
    'come-back':
      'Rarely the contract terms. Clients renew when their FM manager trusts the supervisor, when the monthly report contains no surprises, and when they can remember a night we saved them. They leave after a run of small failures that nobody owned. Switching is painful, so a client who is given no reason to test the market usually stays.',
  },
  competitors: [
    { id: 'comp-sterling', name: 'Sterling National FM' },
    { id: 'comp-cleanpath', name: 'CleanPath' },
    { id: 'comp-inhouse', name: 'Client in-house teams' },
  ],
  attributes: [
    {
      id: 'att-response',
      name: 'Speed of response to problems',
      ours: 3,
      competitors: { 'comp-sterling': 3, 'comp-cleanpath': 2, 'comp-inhouse': 4 },
    },
    {
      id: 'att-stability',
      name: 'Stable, familiar staff on site',
      ours: 3,
      competitors: { 'comp-sterling': 2, 'comp-cleanpath': 1, 'comp-inhouse': 5 },
    },
    {
      id: 'att-price',
      name: 'Price',
      ours: 3,
      competitors: { 'comp-sterling': 3, 'comp-cleanpath': 5, 'comp-inhouse': 2 },
    },
    {
      id: 'att-reporting',
      name: 'Reporting and transparency',
      ours: 2,
      competitors: { 'comp-sterling': 4, 'comp-cleanpath': 1, 'comp-inhouse': 2 },
    },
    {
      id: 'att-breadth',
      name: 'Breadth of services from one supplier',
      ours: 4,
      competitors: { 'comp-sterling': 5, 'comp-cleanpath': 1, 'comp-inhouse': 2 },
    },
    {
      id: 'att-senior-access',
      name: 'Local knowledge and access to senior people',
      ours: 5,
      competitors: { 'comp-sterling': 2, 'comp-cleanpath': 3, 'comp-inhouse': 4 },
    },
  ],
  returnReasons: [
    {
      id: 'rr-senior',
      text: 'Senior people pick up the phone; clients know Helen and Daniel by name.',
    },
    { id: 'rr-site-team', text: 'The site team knows the building, its quirks and its people.' },
    {
      id: 'rr-no-fight',
      text: 'Problems get fixed first; the question of whether they were in scope comes later and fairly.',
    },
    {
      id: 'rr-inertia',
      text: 'Changing supplier is disruptive, so clients stay as long as we give them no reason to test the market.',
    },
  ],
}

export const CAPABILITIES: CapabilitiesStep = {
  status: 'done',
  answers: {
    infrastructure:
      'A job-tracking system that follows every request from the client’s call to sign-off and feeds the portal and the monthly report; handheld devices for operatives; and a training centre that can run a supervisor programme, not only induction days.',
    new: 'Producing ESG figures (energy, waste, social value) that a client can put straight into its own report. Running a trained cover pool so that absences are filled without stripping other sites. Planning renewals a year ahead instead of reacting to a tender notice.',
    improve:
      'Engineering response times, which today depend on who is on call. Supervisors’ ability to coach their teams and solve problems with the client, rather than pass them up. Our reach in the North East, where engineers drive two hours from Leeds.',
    skills:
      'Supervisors who lead rather than only check; account managers who can read a client’s business and talk about outcomes; data skills in client services for reporting; and clinical cleaning expertise, which is our strongest card in healthcare.',
  },
  capabilities: [
    {
      id: 'cap-job-tracking',
      name: 'Job tracking from request to sign-off',
      category: 'process',
      current: 2,
      target: 4,
      note: 'Today email, spreadsheets and the helpdesk log do not talk to each other',
    },
    {
      id: 'cap-renewal-planning',
      name: 'Account planning and early renewal reviews',
      category: 'process',
      current: 1,
      target: 4,
      note: 'Renewals are noticed when the tender notice arrives',
    },
    {
      id: 'cap-cover-pool',
      name: 'Trained cover pool for absences',
      category: 'process',
      current: 1,
      target: 3,
      note: 'About 25 trained floaters across Yorkshire',
    },
    {
      id: 'cap-supervisors',
      name: 'Site supervisors who coach and solve problems',
      category: 'skill',
      current: 2,
      target: 4,
      note: 'Most supervisors were promoted for reliability and never trained to lead',
    },
    {
      id: 'cap-esg-data',
      name: 'Energy, waste and social-value reporting',
      category: 'skill',
      current: 1,
      target: 3,
      note: 'Nobody owns it; figures are assembled by hand for tenders',
    },
    {
      id: 'cap-devices',
      name: 'Handheld devices for all operatives',
      category: 'equipment',
      current: 2,
      target: 4,
      note: 'Engineers have them, cleaning and security teams do not',
    },
    {
      id: 'cap-training-centre',
      name: 'Training centre in Leeds',
      category: 'facility',
      current: 2,
      target: 3,
      note: 'One room, booked out for inductions',
    },
    {
      id: 'cap-newcastle-hub',
      name: 'Regional hub in Newcastle for engineers and stock',
      category: 'facility',
      current: 1,
      target: 3,
      note: 'Engineers drive up from Leeds; response times in the North East suffer',
    },
  ],
}

export const CULTURE: CultureStep = {
  status: 'done',
  answers: {
    mistakes:
      'Moderately. Directors say they want problems raised early, but supervisors still fear that a client complaint will cost them the site, so small mistakes are hidden until the client finds them.',
    recognition:
      'Weak and uneven. Account wins are celebrated at head office; an operative whose work earns a client compliment rarely hears about it. There is no recognition scheme for site staff.',
    'employee-trust':
      'Fair. Long-serving staff trust Helen and Daniel personally. Trust is lower on contracts we took over from other providers, where people have seen several owners come and go.',
    'employee-valued':
      'This split the room. Finance and the Managing Director pointed to the Christmas bonus, the pension uplift and low grievance numbers. The People lead and Technical Services pointed to exit interviews, the eNPS and the 48% turnover: operatives say they feel invisible and interchangeable. We agreed that the staff view counts more than ours.',
    'customer-trust':
      'High with the clients who know us well: they give us keys, alarm codes and the benefit of the doubt. Lower with new clients, who have not yet seen us fix something at 2 a.m.',
    'customer-valued':
      'Mixed. The largest clients feel looked after by their account manager; the rest hear from us mostly when we send an invoice or a price increase.',
  },
  ratings: cultureRatingsOf(PARTICIPANT_IDS, {
    mistakes: '334323',
    recognition: '323323',
    'employee-trust': '433323',
    'employee-valued': '423512',
    'customer-trust': '444534',
    'customer-valued': '343433',
  }),
  enps: { promoters: 96, passives: 148, detractors: 168 },
  careActions: [
    {
      id: 'care-staff-communicate',
      audience: 'employees',
      pillar: 'communicate',
      text: 'A monthly site briefing led by the supervisor, with two minutes from the leadership team and the client’s feedback read out.',
    },
    {
      id: 'care-staff-appreciate',
      audience: 'employees',
      pillar: 'appreciate',
      text: 'Every director works one early shift a month on a site, alongside the operatives.',
    },
    {
      id: 'care-staff-recognize',
      audience: 'employees',
      pillar: 'recognize',
      text: 'Client compliments reach the operative by name within a week; supervisors choose “Meridale Stars” every quarter.',
    },
    {
      id: 'care-staff-empower',
      audience: 'employees',
      pillar: 'empower',
      text: 'Supervisors may spend up to £200 a month to fix small problems for the client without asking for approval.',
    },
    {
      id: 'care-client-communicate',
      audience: 'customers',
      pillar: 'communicate',
      text: 'A one-page monthly report: what we did, what went wrong and what we changed.',
    },
    {
      id: 'care-client-acknowledge',
      audience: 'customers',
      pillar: 'acknowledge',
      text: 'On each contract anniversary the account manager calls to say thank you and asks what should change.',
    },
    {
      id: 'care-client-respond',
      audience: 'customers',
      pillar: 'respond',
      text: 'Every complaint is acknowledged within two hours and closed only when the client agrees.',
    },
    {
      id: 'care-client-enrich',
      audience: 'customers',
      pillar: 'enrich',
      text: 'A yearly workplace review with ideas to cut energy and waste, and figures the client can use in its own reports.',
    },
  ],
}
