// Sixteen principles in our own words, as a user might write them under each heading.
import type { Principle } from '../../../src/core/model';
import { slugify } from '../../../src/core/text/normalize';

const TEXT: [string, string][] = [
  ['Customer Obsession', 'Start from what the customer needs and work backwards. Earn their trust and keep it, even when competitors get the attention.'],
  ['Ownership', 'Think long term and act for the whole company, not only your team. Never say that is not my job.'],
  ['Invent and Simplify', 'Look for new ideas everywhere and make complex things simpler. Accept being misunderstood for a while.'],
  ['Are Right, A Lot', 'Good judgment and sound instincts. Seek views that differ from yours and work to disconfirm your beliefs.'],
  ['Learn and Be Curious', 'Keep learning and improving yourself; explore new possibilities out of curiosity.'],
  ['Hire and Develop the Best', 'Raise the bar with every hire, recognize talent and coach people so they grow into their careers.'],
  ['Insist on the Highest Standards', 'Keep the quality bar high, fix defects at the root and do not send them downstream.'],
  ['Think Big', 'Set a bold direction that inspires results and look around corners for ways to serve customers.'],
  ['Bias for Action', 'Speed matters. Many decisions are reversible, so take a calculated risk instead of waiting for extensive study.'],
  ['Frugality', 'Do more with less. Constraints breed resourcefulness; headcount, budget and spend do not earn extra points.'],
  ['Earn Trust', 'Listen attentively, speak candidly and treat others respectfully. Admit mistakes openly, even when it is awkward.'],
  ['Dive Deep', 'Stay close to the details, audit frequently and be skeptical when metrics and anecdotes disagree.'],
  ['Have Backbone; Disagree and Commit', 'Challenge decisions you disagree with, respectfully, even when it is uncomfortable; once decided, commit fully.'],
  ['Deliver Results', 'Focus on the key inputs and deliver them with the right quality and on time; rise to setbacks and never settle.'],
  ["Strive to be Earth's Best Employer", 'Create a safer, more productive and more diverse workplace where employees are empowered and enjoy their work.'],
  ['Success and Scale Bring Broad Responsibility', 'Consider the secondary effects of our actions on communities, the planet and future generations.'],
];

export function principle(set: string, name: string, description = '', line = 1): Principle {
  return { id: `${set}/${slugify(name)}`, name, set, path: `${set} principles.md`, line, description, aliases: [] };
}

export const PRINCIPLES: Principle[] = TEXT.map(([name, description], i) => principle('acme', name, description, 5 + i * 3));

export function id(name: string): string {
  return `acme/${slugify(name)}`;
}
