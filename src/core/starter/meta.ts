// Meta's six company values, summarized in our own words.
import type { StarterSet } from './types';

export const META: StarterSet = {
  key: 'meta',
  title: 'Meta Values',
  company: 'Meta',
  principles: [
    {
      name: 'Move fast',
      description: 'Act with urgency and learn by shipping, without waiting for everything to be certain.',
      questions: ['Tell me about a time you shipped something quickly and learned from it.', 'Describe a time you removed something that was slowing your team down.'],
    },
    {
      name: 'Focus on long-term impact',
      description: 'Choose the work that matters most over time, even when a quicker win is on offer.',
      questions: ['Tell me about a time you chose a long-term investment over a quick win.', 'Describe a project whose value only showed months later.'],
    },
    {
      name: 'Build awesome things',
      description: 'Hold the work to a high bar of quality and make things people love to use.',
      questions: ['Tell me about the thing you built that you are proudest of.', 'Describe a time you pushed for higher quality than was asked for.'],
    },
    {
      name: 'Live in the future',
      description: 'Build toward where technology and people are going, not only where they are today.',
      questions: ['Tell me about a time you prepared your team for a change before it arrived.', 'Describe a bet you made on a new technology. How did it turn out?'],
    },
    {
      name: 'Be direct and respect your colleagues',
      description: 'Give honest, clear feedback and take it well, always with respect for the people involved.',
      questions: ['Tell me about a time you gave difficult feedback to a peer.', 'Describe a time you received criticism and what you did with it.'],
    },
    {
      name: 'Meta, Metamates, me',
      description: 'Put the company first, then your colleagues, then yourself, and act as an owner of the whole.',
      questions: ['Tell me about a time you put the company’s interest ahead of your team’s.', 'Describe a time you gave up credit or resources to help another team.'],
    },
  ],
};
