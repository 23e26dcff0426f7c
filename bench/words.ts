// Vocabulary for the synthetic vault. Written for the benchmark; plain English with a few
// accented words so the scanner sees non-ASCII text too.

export const WORDS = (
  'the a an of to and in for on with by from team project customer data release plan quarter ' +
  'meeting review design service system latency budget launch metric goal risk partner vendor ' +
  'migration schedule roadmap feedback issue bug fix test build deploy report dashboard user ' +
  'support ticket cost growth retention churn pricing contract hiring onboarding mentor process ' +
  'decision tradeoff option estimate scope deadline stakeholder manager engineer analyst lead ' +
  'quickly carefully together early late weekly daily after before because although while ' +
  'improved reduced doubled shipped measured agreed proposed rewrote simplified automated ' +
  'café naïve résumé façade coöperate'
).split(' ');

export const TITLE_WORDS = (
  'Notes Weekly Review Reading Ideas Project Meeting Journal Draft Plan Research Summary Log ' +
  'Retro Outline Checklist Agenda Backlog Brainstorm Recipe Travel Budget Garden Book Course'
).split(' ');

/** Ordinary tags; the near misses (`#storyboard`, `#principled`) must not count as rule tags. */
export const PLAIN_TAGS = [
  'project', 'reading', 'journal/2024', 'journal/2025', 'meeting', 'idea', 'todo', 'health',
  'finance', 'travel', 'storyboard', 'principled', 'questionable', 'work/planning', 'book',
];

/** The two principle sets: 16 and 4 principles. One name holds a comma, as real sets do. */
export const SET_A = {
  title: 'Acme Principles',
  tag: 'acme',
  principles: [
    'Customer First', 'Own the Outcome', 'Build Simply', 'Decide With Data', 'Raise the Bar',
    'Grow Others', 'Think Long Term', 'Move Fast', 'Spend Wisely', 'Stay Curious', 'Earn Trust',
    'Dig Into Details', 'Speak Up, Then Commit', 'Deliver Results', 'Learn From Failure', 'Act With Integrity',
  ],
};

export const SET_B = {
  title: 'Beta Values',
  tag: 'beta',
  principles: ['Craft', 'Candor', 'Courage', 'Care'],
};

export const PROMPTS = [
  'Tell me about a time when', 'Describe a situation where', 'Give an example of a time',
  'Walk me through a moment when', 'Talk about a project where',
];

export const SITUATIONS = [
  'you disagreed with your manager', 'a launch slipped', 'you had too little data',
  'a customer escalated', 'you simplified a process', 'you inherited a failing project',
  'you had to say no to a partner', 'the budget was cut in half', 'you mentored a new hire',
  'a metric moved the wrong way',
];
