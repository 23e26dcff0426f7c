// Google's four hiring attributes, summarized in our own words.
import type { StarterSet } from './types';

export const GOOGLE: StarterSet = {
  key: 'google',
  title: 'Google Hiring Attributes',
  company: 'Google',
  principles: [
    {
      name: 'General cognitive ability',
      description: 'How you take apart an unfamiliar problem, learn what you need and reason your way to an answer.',
      questions: ['Tell me about a problem you had never seen before and how you worked it out.', 'Describe a time you had to learn a new field quickly to make a decision.'],
    },
    {
      name: 'Leadership',
      description: 'Stepping up when the team needs it, with or without a title, and stepping back when someone else should lead.',
      questions: ['Tell me about a time you led a group without having authority over it.', 'Describe a time you let someone else take the lead. Why?'],
    },
    {
      name: 'Role-related knowledge',
      description: 'The experience and skills that prepare you for this particular job.',
      questions: ['Tell me about the project that best shows your skills for this role.', 'Describe a hard technical or domain decision you made and what it rested on.'],
    },
    {
      name: 'Googleyness',
      description: 'Comfort with ambiguity, a bias to act, humility, caring about the team and doing the right thing.',
      questions: ['Tell me about a time you worked well in a situation with no clear answer.', 'Describe a time you stood up for doing the right thing when it was not the easy choice.'],
    },
  ],
};
