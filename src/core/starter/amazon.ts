// Amazon's 16 Leadership Principles (the 14 long-standing ones and the two added in 2021),
// summarized in our own words.
import type { StarterSet } from './types';

export const AMAZON: StarterSet = {
  key: 'amazon',
  title: 'Amazon Leadership Principles',
  company: 'Amazon',
  principles: [
    {
      name: 'Customer Obsession',
      description: 'Begin with what the customer needs and work back from it; keep their trust even when a competitor pulls your attention.',
      questions: ['Tell me about a time you changed a plan because of what a customer told you.', 'Describe a time you had to say no to a customer request. How did you handle it?'],
    },
    {
      name: 'Ownership',
      description: 'Act for the long term and for the whole company, and take on problems outside your own area instead of waiting for someone else.',
      questions: ['Tell me about a time you took on something that was outside your job.', 'Describe a time you gave up a short-term win for a long-term result.'],
    },
    {
      name: 'Invent and Simplify',
      description: 'Look for new ideas anywhere, make complicated things simple, and accept being misunderstood for a while when trying something new.',
      questions: ['Tell me about the simplest solution you found to a hard problem.', 'Describe an idea of yours that others doubted at first. What happened?'],
    },
    {
      name: 'Are Right, A Lot',
      description: 'Judge well with incomplete information, seek out views that differ from yours, and try to prove your own beliefs wrong.',
      questions: ['Tell me about a decision you made with too little data.', 'Describe a time you changed your mind after hearing a different view.'],
    },
    {
      name: 'Learn and Be Curious',
      description: 'Keep learning, stay curious about new possibilities, and go and explore them.',
      questions: ['Tell me about something you taught yourself recently and how you used it.', 'Describe a time your curiosity led to a better result at work.'],
    },
    {
      name: 'Hire and Develop the Best',
      description: 'Raise the bar with each hire, spot talent, and take coaching the people around you seriously.',
      questions: ['Tell me about someone you coached who grew a lot. What did you do?', 'Describe a hiring decision you pushed back on. Why?'],
    },
    {
      name: 'Insist on the Highest Standards',
      description: 'Hold a bar others may find too high, fix defects at the source, and make sure problems stay fixed.',
      questions: ['Tell me about a time you refused to ship something that was not good enough.', 'Describe a time you raised the quality bar for your team.'],
    },
    {
      name: 'Think Big',
      description: 'Set a bold direction that people want to follow, and look for ways to serve customers that others have not seen.',
      questions: ['Tell me about the most ambitious goal you set and how you pursued it.', 'Describe a time you turned a small fix into a much larger opportunity.'],
    },
    {
      name: 'Bias for Action',
      description: 'Move quickly when a decision can be undone; take calculated risks rather than studying everything first.',
      questions: ['Tell me about a time you acted before you had all the facts.', 'Describe a time speed mattered more than being perfect.'],
    },
    {
      name: 'Frugality',
      description: 'Get more done with less; constraints push people toward resourceful and inventive answers.',
      questions: ['Tell me about a time you delivered with far fewer resources than you wanted.', 'Describe a cost you cut without hurting the result.'],
    },
    {
      name: 'Earn Trust',
      description: 'Listen closely, speak candidly, treat people with respect, and admit your own mistakes openly.',
      questions: ['Tell me about a time you had to win back someone’s trust.', 'Describe a time you told your team about a mistake you made.'],
    },
    {
      name: 'Dive Deep',
      description: 'Stay close to the details, check often, and dig in when numbers and stories do not agree.',
      questions: ['Tell me about a problem you solved only by going deep into the data.', 'Describe a time a metric looked fine but something was wrong underneath.'],
    },
    {
      name: 'Have Backbone; Disagree and Commit',
      description: 'Challenge decisions you disagree with respectfully, even when it is uncomfortable, then commit fully once a decision is made.',
      questions: ['Tell me about a time you disagreed with your manager. What did you do?', 'Describe a decision you argued against but then fully supported.'],
    },
    {
      name: 'Deliver Results',
      description: 'Focus on the inputs that matter, deliver them on time and with quality, and keep going through setbacks.',
      questions: ['Tell me about a goal you reached despite a serious setback.', 'Describe a time you had to cut scope to deliver on a deadline.'],
    },
    {
      name: 'Strive to be Earth’s Best Employer',
      description: 'Make the workplace safer, fairer and more welcoming, and help the people around you grow and do their best work.',
      questions: ['Tell me about something you changed to make your team a better place to work.', 'Describe a time you helped a colleague through a difficult period.'],
    },
    {
      name: 'Success and Scale Bring Broad Responsibility',
      description: 'Consider the wider effects of your work on people, communities and the planet, and act to leave things better.',
      questions: ['Tell me about a time you weighed the effect of a decision beyond your own team or customers.', 'Describe a time you changed a plan because of its impact on others.'],
    },
  ],
};
