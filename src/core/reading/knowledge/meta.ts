// Meta's six values: what questions and stories about each one talk about.
import type { KnownSet } from './types';

export const META_KNOWLEDGE: KnownSet = {
  key: 'meta',
  principles: [
    {
      names: ['Move fast', 'Move Fast Together', 'Move fast and break things'],
      cues: {
        3: 'quick experiment, small experiment, cut scope, cut down, scope down, this week, scrappy, good enough for now, out the door, release early, in days, within days, in a week, same day, ship early, early release, fix later, fix it later, fast, faster, quickly, quick, speed, ship, launch, iterate, mvp, first version, prototype, urgency, unblock, red tape, bureaucracy, move fast, velocity, hack, hackathon, done is better than perfect, imperfect, slow down',
        2: 'cut, smaller, sooner, study, release, days, week, early, urgent, process, certainty, wait, act, action, experiment, learn from users, feedback loop, deadline, remove, blocker',
        1: 'learn',
      },
    },
    {
      names: ['Focus on long-term impact', 'Focus on long term impact', 'Focus on impact', 'Long-term impact', 'Be impact-focused'],
      cues: {
        3: 'not matter, wouldnt matter, dropped a project, killed a project, deprioritize, low impact, high impact, for years, years to come, compound, year later, which projects, what to work on, most leverage, leverage, long lasting, impact, long term, lasting, priority, prioritize, most important, measure the impact, invest, paid off, pay off, payoff, tech debt, technical debt, foundation, short term win, quick win, said no, over time, months later',
        2: 'dropped, years, choose, chose, focus, focused, goal, later, value, matter, results, measure, metric, roadmap, strategy, sustainable, tradeoff, trade off, outcome, protect, decide',
        1: 'problems, work',
      },
    },
    {
      names: ['Build awesome things', 'Build Awesome Things', 'Build social value', 'Build great things'],
      cues: {
        3: 'show off, sweat the details, sweated, small details, finishing touches, pixel, elegant, love to use, joy, build, built, product, create, craft, craftsmanship, quality, high quality, polish, excellent, delight, love, awesome, proud, proudest, from scratch, people love',
        2: 'something you made, feature, design, user experience, make, made, tool, app, ship, detail, piece of work, beautiful, users',
        1: 'work',
      },
    },
    {
      names: ['Live in the future', 'Live in the Future', 'Build the future', 'Be future-focused'],
      cues: {
        3: 'saw coming, see coming, change in technology, did not exist, doesnt exist, not exist yet, ahead of the curve, next big thing, early on, before your peers, new platform, paradigm, next few years, coming years, years ahead, new tools, try early, tried early, future, emerging, trend, new technology, bet, ahead of, anticipate, early adopter, adopt, cutting edge, frontier, ai, artificial intelligence, machine learning, vr, ar, virtual reality, augmented reality, metaverse, next generation, tomorrow',
        2: 'world, exist, try, early, changes, technology, new, prepare, market, evolve, experiment, vision, shift, coming, next',
        1: 'field, years',
      },
    },
    {
      names: ['Be direct and respect your colleagues', 'Be Direct and Respect Your Colleagues', 'Be direct', 'Be direct and respectful', 'Be open'],
      cues: {
        3: 'confront, face to face, in person, criticizes, called out, straightforward, frank, frankly, hard truth, tough love, direct, directly, honest, honesty, feedback, candid, candor, difficult conversation, hard conversation, tough conversation, hard to hear, respect, respectfully, disagree, disagreement, conflict, critical feedback, constructive, transparent, openly, speak up, spoke up, receive feedback, gave feedback, give feedback',
        2: 'public, respond, straight, colleague, peer, coworker, relationship, manager, opinion, listen, trust, difficult, truth, blunt, clear, received',
        1: 'conversation, team',
      },
    },
    {
      names: ['Meta, Metamates, me', 'Meta, Metamates, Me', 'Meta Metamates Me', 'Metamates', 'Meta Metamates and Me'],
      cues: {
        3: 'gave up, give up, whole organization, entire organization, look after, alongside you, people you work with, work alongside, team first, company before, put others first, others first, best for the company, over what was best for, not your team, not my team, help a team, gave my time, gave your time, company first, good of the company, for the company, ahead of my own, ahead of your own, teammates, metamates, another team, other team, cross team, shared credit, share credit, credit, sacrifice, personal sacrifice, selfless, take care of, took care of, greater good, helped another team, whole company',
        2: 'win, alongside, wanted, organization, mine, team, colleagues, help, support, company, others, together, own, collaborate, care, owner, ownership, resources',
        1: 'people, goals',
      },
    },
  ],
};
