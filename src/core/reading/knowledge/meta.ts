// Meta's six values: what questions and stories about each one talk about.
import type { KnownSet } from './types';

export const META_KNOWLEDGE: KnownSet = {
  key: 'meta',
  principles: [
    {
      names: ['Move fast', 'Move Fast Together', 'Move fast and break things'],
      cues: {
        3: 'quick experiment, small experiment, cut scope, cut down, scope down, this week, scrappy, good enough for now, out the door, release early, released early, in days, within days, in a week, same day, ship early, early release, fix later, fix it later, fast, faster, quickly, quick, speed, ship, shipped, shipping, launch, launched, iterate, iterated, iterating, iteration, mvp, first version, prototype, urgency, unblock, unblocked, red tape, bureaucracy, move fast, moving fast, velocity, hack, hackathon, done is better than perfect, imperfect, slow down',
        2: 'cut, smaller, sooner, study, release, released, days, week, early, urgent, process, certainty, wait, waiting, act, action, iterations, experiment, learn from users, feedback loop, deadline, remove, removed, blocker, blockers',
        1: 'done, learn, time',
      },
    },
    {
      names: ['Focus on long-term impact', 'Focus on long term impact', 'Focus on impact', 'Long-term impact', 'Be impact-focused'],
      cues: {
        3: 'not matter, wouldnt matter, dropped a project, killed a project, deprioritize, deprioritized, low impact, high impact, for years, years to come, compound, year later, which projects, what to work on, most leverage, leverage, long lasting, impact, impactful, long term, lasting, priority, priorities, prioritize, prioritized, prioritizing, most important, measure the impact, invest, invested, investment, paid off, pay off, payoff, tech debt, technical debt, foundation, short term win, quick win, said no, over time, compounding, months later, years later',
        2: 'dropped, years, choose, chose, choosing, focus, focused, goal, later, value, matter, matters, results, measure, metric, metrics, roadmap, strategy, sustainable, tradeoff, trade off, outcome, outcomes, protect, decide',
        1: 'problems, work',
      },
    },
    {
      names: ['Build awesome things', 'Build Awesome Things', 'Build social value', 'Build great things'],
      cues: {
        3: 'show off, sweat the details, sweated, small details, finishing touches, pixel, elegant, elegance, love to use, joy, build, built, building, product, products, create, created, creating, craft, craftsmanship, quality, high quality, polish, polished, excellent, excellence, delight, delights, delightful, love, loved, awesome, proud, proudest, from scratch, people love',
        2: 'something you made, feature, features, design, designed, user experience, make, made, tool, app, ship, shipped, craft, detail, details, piece of work, beautiful, users',
        1: 'work, user',
      },
    },
    {
      names: ['Live in the future', 'Live in the Future', 'Build the future', 'Be future-focused'],
      cues: {
        3: 'saw coming, see coming, change in technology, did not exist, doesnt exist, not exist yet, ahead of the curve, next big thing, early on, before your peers, new platform, paradigm, next few years, coming years, years ahead, new tools, try early, tried early, future, emerging, trend, trends, new technology, new technologies, bet, bets, ahead of, anticipate, anticipated, early adopter, adopt, adopted, adopting, cutting edge, frontier, ai, artificial intelligence, machine learning, vr, ar, virtual reality, augmented reality, metaverse, next generation, tomorrow',
        2: 'world, exist, yet, try, early, changes, technology, technologies, new, change, prepare, prepared, market, evolve, evolving, experiment, experimented, vision, shift, coming, next',
        1: 'field, years',
      },
    },
    {
      names: ['Be direct and respect your colleagues', 'Be Direct and Respect Your Colleagues', 'Be direct', 'Be direct and respectful', 'Be open'],
      cues: {
        3: 'confront, confronted, face to face, in person, criticizes, criticized, called out, call out, straightforward, frank, frankly, hard truth, tough love, direct, directly, honest, honesty, feedback, candid, candor, difficult conversation, hard conversation, tough conversation, hard to hear, respect, respectful, respectfully, disagree, disagreed, disagreement, conflict, criticism, critical feedback, constructive, transparent, openly, speak up, spoke up, receive feedback, gave feedback, give feedback',
        2: 'public, respond, straight, colleague, colleagues, peer, peers, coworker, coworkers, relationship, manager, opinion, listen, trust, difficult, truth, blunt, clear, criticize, criticized, received',
        1: 'conversation, team',
      },
    },
    {
      names: ['Meta, Metamates, me', 'Meta, Metamates, Me', 'Meta Metamates Me', 'Metamates', 'Meta Metamates and Me'],
      cues: {
        3: 'gave up, give up, whole organization, entire organization, look after, looked after, alongside you, people you work with, work alongside, team first, company before, put others first, others first, best for the company, over what was best for, not your team, not my team, help a team, helped a team, gave my time, gave your time, company first, good of the company, for the company, ahead of my own, ahead of your own, teammates, teammate, metamates, another team, other team, other teams, cross team, shared credit, share credit, credit, sacrifice, personal sacrifice, selfless, take care of, took care of, greater good, helped another team, help another team, whole company',
        2: 'win, alongside, wanted, organization, yours, mine, time, team, colleagues, help, helped, support, supported, company, others, together, own, collaborate, collaboration, care, owner, ownership, resources',
        1: 'people, goals',
      },
    },
  ],
};
