// Amazon's 16 Leadership Principles: what questions and stories about each one talk about.
import type { KnownSet } from './types';

export const AMAZON_KNOWLEDGE: KnownSet = {
  key: 'amazon',
  principles: [
    {
      names: ['Customer Obsession', 'Customer Obsessed', 'Customer First'],
      cues: {
        3: 'what customers want, what users want, listen to customers, watch how they, customer journey, support ticket, serve, user feedback, user interviews, survey, customer expectations, exceed expectations, people you serve, loyalty, customer success, customer perspective, in their shoes, customer retention, customer, client, customer need, customer request, customer feedback, customer experience, customer complaint, unhappy customer, user needs, needs of the customer, end user, work backwards, voice of the customer, customer trust, customer satisfaction, customer problem, customer pain, for the customer, customer interest, paying customers, customer reviews, user reviews, read reviews, ratings, app store, people who use, who use your product, use your product, paying for your product',
        2: 'accounts, frustrated, journey, ticket, patient, guest, expectations, disappointed, retention, loyal, focus group, beta users, market research, user, consumer, shopper, buyer, complaint, satisfaction, pain point, escalation, churn, user research, usability, what they needed, their need, customer asked, reviews, bought, purchase',
        1: 'need, request, service, support, want',
      },
    },
    {
      names: ['Ownership', 'Take Ownership', 'Owner'],
      cues: {
        3: 'cleaned up, inherited, took over, job description, nobody else, no one else, left behind, dropped the ball, on my own initiative, without being asked, nobody asked, no one asked, took it upon, not assigned, wasnt assigned, outside your responsibilities, outside my responsibilities, beyond your responsibilities, beyond my responsibilities, owned up, ownership, owned, not my job, not your job, took responsibility, take responsibility, accountability, whole company, entire company, beyond my role, outside my job, outside your job, outside my area, outside your area, nobody owned, no one owned, fell through the cracks, end to end, on behalf of, long run, long term value, did not build, didnt build, someone else built, someone else, not your responsibility, nobody was responsible',
        2: 'mess, picked up, escalated, care about, kept working, long after, after hours, weekend, on call, owner, legacy, maintain, responsibility, initiative, stepped in, volunteered, above and beyond, long term, short term, another team, other team, follow through, follow up, anyway',
        1: 'company, gap, sacrifice',
      },
    },
    {
      names: ['Invent and Simplify', 'Invent & Simplify', 'Innovate and Simplify'],
      cues: {
        3: 'easier, easier to use, easier to run, tangled, convoluted, rewrote, rewrite, consolidate, unified, created a tool, built a tool, reinvented, clever, fresh approach, new method, rethink, rethought, reimagine, patent, original idea, fewer steps, creative solution, simplify, simpler, simple, simplest, innovate, invent, new approach, creative, automate, new idea, novel, streamline, complexity, not invented here, more efficient, manual process, entirely new, brand new, completely new, different angle',
        2: 'replaced, tools, created, clunky, cumbersome, friction, easy, steps, procedure, unusual, strange, novel approach, experiment, hack, eliminate, template, reusable, idea, new way, redesign, prototype, efficient, process improvement, workaround, unconventional, out of the box, complicated, manual, reduce steps',
        1: 'process, improve, better way, solution',
      },
    },
    {
      names: ['Are Right, A Lot', 'Are Right A Lot', 'Be Right A Lot', 'Right a Lot'],
      cues: {
        3: 'advice, second opinion, devils advocate, blind spot, own view, own opinion, sanity check, validate, counterargument, considered alternatives, pick a direction, tough call, hard call, judgment call, dilemma, choose between, chose between, mistaken, misjudged, misread, prediction, forecast, reasonable options, judgment, judgement, instinct, intuition, gut feeling, right decision, wrong decision, bad decision, good decision, poor decision, right call, wrong call, diverse perspectives, different perspectives, different points of view, different views, conflicting opinions, conflicting views, conflicting information, disconfirm, turned out right, proved right, proved correct, turned out wrong, turned out to be wrong, proved wrong, were wrong, was wrong, i was wrong, changed my mind, change your mind, course of action, weigh, assumption, gut, trust your gut, trusted your intuition, trust your instinct, trusted my instinct, trusted my gut, different opinions, opposing views, sought out, seek out',
        2: 'expert, opposing, opposite, test, hunch, realized, initial, reasonable, conclusion, tradeoff, trade off, decision, opinion, perspective, views, input, options, alternatives, correct, wrong, belief, doubted, sources, mistake, error, evaluated, business judgment',
        1: 'decide, right, call',
      },
    },
    {
      names: ['Learn and Be Curious', 'Learn & Be Curious', 'Be Curious', 'Curiosity'],
      cues: {
        3: 'for fun, studied, read up, fascinated, interested in, new language, new subject, new topic, discovery, hobby, side project, self study, online course, learn new, learn, curious, curiosity, taught myself, teach yourself, taught yourself, new skill, self taught, course, book, article, explore, outside of work, up to speed, picked up, new area, unfamiliar area, asked questions, keep learning, outside your field, outside my field, another field, other fields, new domain, unfamiliar, stay current, keep up with, up to date, grow your knowledge, broaden',
        2: 'subject, topic, interest, tutorial, workshop, conference, unexpected, experimented, wonder, why things, skill, read, research, discover, lesson, improve yourself, improve myself, new field, new technology, podcast, class, certification, knowledge, domain, latest',
        1: 'new, question, understand, grow',
      },
    },
    {
      names: ['Hire and Develop the Best', 'Hire & Develop the Best', 'Hire and Develop', 'Develop the Best'],
      cues: {
        3: 'below expectations, missing expectations, not meeting expectations, meet expectations, kept missing, hiring decision, performer, high performer, top performer, strong performer, develop people, one on one, one on ones, team growth, bar raiser, upskill, growth plan, career path, career growth, performance plan, new hire, hiring manager, interview loop, talent pipeline, hire, recruit, candidate, interviewed, mentor, coach, promote, low performer, poor performer, underperforming, performance problem, performance review, talent, talent review, direct report, junior, develop their, develop someone, people develop, employee development, team member develop, build a team, built a team, assembled a team, stretch assignment, let go, fired, onboard, grow into, career goals, career development',
        2: 'struggling employee, bigger role, next level, pipeline, skill gaps, develop, strengths, team member, employee, train, teach, taught, delegate, succession, potential, grow, growth, feedback, raise the bar, reports, report to me',
        1: 'people, skills, help, career',
      },
    },
    {
      names: ['Insist on the Highest Standards', 'Insist on Highest Standards', 'Insist on High Standards', 'Highest Standards', 'High Standards'],
      cues: {
        3: 'not ready, stopped a release, stopped the release, blocked the release, blocked a launch, held back, delayed the launch, delay the release, shortcut, bar high, keep the bar, quality gate, sloppy, higher quality, better quality, would not accept, wouldnt accept, not accept, not good enough, zero defects, attention to detail, quality standards, quality, high standards, highest standards, standard, raise the bar, quality bar, high bar, defect, never come back, stay fixed, good enough, compromise on quality, refused to ship, best practice, excellence, code review, unacceptable, cut corners, standards high, never came back, came back, recurring, regression',
        2: 'stopped, ready, blocked, sign off, accept, mediocre, careless, thorough, craftsmanship, polish, checklist, postmortem, bar, root cause, rigorous, testing, reliability, review, fix, better, improve, unreasonably high, quality products, perfection, meticulous, satisfied, bug',
        1: 'high, high quality, detail',
      },
    },
    {
      names: ['Think Big', 'Think Bigger'],
      cues: {
        3: 'impossible, stretch goal, north star, aspirational, huge, massive, new business, three years, five years, multi year, multiyear, where your product should be, long term plan, big goal, far beyond, original scope, beyond the scope, changed the direction, company wide, industry, disrupt, 10x, step change, long range, bold, boldest, ambitious, ambition, think big, vision, visionary, long term vision, moonshot, radical, transform, larger opportunity, bigger opportunity, incremental, inspire, big picture, audacious, game changer, new market, bold direction, biggest, bet, bigger idea, big idea',
        2: 'years, should be, grew, expanded, initiative, organization, big bet, roadmap, big, bigger, larger, strategy, strategic, excited, dream, opportunity, direction, scale, long term, growth, future, plan',
        1: 'goal, idea',
      },
    },
    {
      names: ['Bias for Action', 'Bias to Action', 'Bias towards Action'],
      cues: {
        3: 'in minutes, minutes, within hours, right away, overnight, before approval, before it was approved, didnt wait, did not wait, rather than wait, made a call, made the call, just did it, normally take, risky, time pressure, instead of waiting, without approval, without permission, analysis paralysis, jumped in, snap decision, quick decision, on the spot, quickly, fast, speed, urgency, calculated risk, took a risk, take a risk, risk, without all the information, without all the facts, without enough data, without the data, without data, without clear data, not enough data, enough data, incomplete information, incomplete data, limited information, little data, move quickly, act quickly, reversible, two way door, took action, take action, bias for action, waiting',
        2: 'hours, started, approved, before the plan, sooner, faster, speedy, permission, pressure, hesitated, quick fix, fast decision, act, action, decisive, immediately, quick, urgent, time sensitive, deadline, delay, proactive',
        1: 'decide, data, move',
      },
    },
    {
      names: ['Frugality', 'Frugal', 'Be Frugal'],
      cues: {
        3: 'tiny budget, small budget, limited budget, low budget, no budget, turned down spending, unnecessary spend, unnecessary, ran out, instead of buying, shoestring, bootstrapped, open source, reuse, repurpose, cut spending, cost cutting, lower cost, frugal, budget, cost, cheap, cheaper, inexpensive, save money, savings, more with less, fewer resources, limited resources, few resources, headcount, spend, expense, funding, resourceful, constraint, constrained, money, dollars, additional resources, extra resources, cost effective, reduce cost, cut costs, under budget, within budget, over budget, on budget',
        2: 'tiny, necessary, spend less, waste, buy, bought, pay, paid, vendor, license, cloud bill, limited, tight, lean, scrappy, free, price, afford, less',
        1: 'small, cut, reduce',
      },
    },
    {
      names: ['Earn Trust', 'Earn Trust of Others', 'Earning Trust', 'Build Trust'],
      cues: {
        3: 'truthful, faith, regained, let down, let them down, repair the relationship, repaired, own up, come clean, told the truth, consistency, shortcomings, weakness, win the confidence, gain the confidence, earn the confidence, open about, credible, keep your word, kept my word, keep my word, promise, trust me, trust, trustworthy, rebuild trust, earn trust, admit, own mistake, my mistake, a mistake, honest, honesty, candid, candidly, transparent, bad news, self critical, listen, respect, respectfully, relationship, criticism, apologize, vulnerable, vocally self critical, received feedback, tough feedback, critical feedback, negative feedback, hard feedback, difficult feedback, build trust, built trust',
        2: 'failure, confidence, skeptic, doubt, humble, mistake, error, stakeholder, integrity, reputation, openly, rapport, embarrassing, awkward, blame, feedback, opinion, benchmark',
        1: 'colleague, peer, open',
      },
    },
    {
      names: ['Dive Deep', 'Deep Dive', 'Dive Deeper'],
      cues: {
        3: 'raw data, what really happened, read through, went through, line by line, first hand, firsthand, trace, get to the bottom, bottom of, suspected, suspicious, root of, looked fine, looked healthy, looked good, beneath the surface, underneath, forensic, drill down, dashboards, dig, dug, dig into, dug into, deep dive, dive deep, details, metric, numbers, analysis, analyze, investigate, audit, anomaly, troubleshoot, debug, logs, did not add up, anecdote, discrepancy, underlying cause, into the data, the data, data showed',
        2: 'really happened, inspect, verify, check, healthy, closer look, sample, pattern, data point, data, deep, root cause, underlying, granular, complex issue, look into, query, measure, evidence, wrong, missed, found, cause, spreadsheet, misleading, accurate, accuracy',
        1: 'issue, problem, complex, report',
      },
    },
    {
      names: ['Have Backbone; Disagree and Commit', 'Have Backbone, Disagree and Commit', 'Have Backbone Disagree and Commit', 'Disagree and Commit', 'Have Backbone', 'Backbone'],
      cues: {
        3: 'went against, go against, against the wishes, refused, argument, lost an argument, backed the decision, fully supported, support the decision, stood up to, stand up to, veto, dissent, disagree and commit, against the grain, spoke against, spoke out, speak out, voiced concerns, voiced my concerns, raised concerns, disagree, disagreement, push back, pushback, said no, say no, stood my ground, stand my ground, stood your ground, stand your ground, argue, unpopular, unpopular stance, backbone, not agree, did not agree, didnt agree, not support, did not support, persist, tenacious, tenacity, conviction, went along, go along, overruled, argued against, stance, felt strongly, strongly felt, feel strongly, strongly disagreed, objected, challenged a decision, challenged the decision, give in, gave in, spoke up, stayed quiet, stayed silent, lone voice',
        2: 'sign off, wrong, director, executive, vp, ceo, leadership, concerns, challenge, conflict, manager, boss, senior leader, leader, peer, debate, oppose, uncomfortable, tension, compromise, decided to go, strongly, agree, support, commit, convinced, persuaded',
        1: 'opinion, meeting, decision',
      },
    },
    {
      names: ['Deliver Results', 'Delivering Results', 'Deliver Result'],
      cues: {
        3: 'completion, drive to completion, kept my commitment, kept the commitment, met my commitment, met the commitment, short staffed, understaffed, against the odds, bottom line, shipped on time, hit the target, finish line, across the line, got it done, get it done, at risk, back on track, on track, turned around, turnaround, delivery, delivered on, deliver, deliver results, deadline, on time, met the goal, achieve, obstacle, setback, despite, overcome, overcame, target, missed a deadline, missed the deadline, under pressure, tight deadline, met your goal, met my goal, met the deadline, execution',
        2: 'drive, drove, kept, missing, resourcing, failing, failure, key results, okr, kpi, goal, ship, finish, milestone, pressure, hit, proudest, outcome, prioritize, urgent, commitment, on schedule, behind schedule',
        1: 'project, key',
      },
    },
    {
      names: ['Strive to be Earth’s Best Employer', "Strive to be Earth's Best Employer", 'Strive to Be Earths Best Employer', 'Earth’s Best Employer', "Earth's Best Employer", 'Best Employer'],
      cues: {
        3: 'stood up for, stand up for, treated badly, mistreated, best work, do their best, toxic, bullied, appreciated, celebrate, inclusive culture, team health, happy team, welcome, fairer, equal, harassment, discrimination, accommodate, mental health, parental leave, feel welcome, belonging, inclusive, diversity, wellbeing, well being, burnout, burning out, morale, psychological safety, safe to speak, feel safe, fair, fairly, treated fairly, workplace, work environment, employee experience, work life balance, empathy, empathetic, enjoyable, enjoy, better place to work, place to work, team culture',
        2: 'teammate, thrive, new hire, comfortable, supportive, feel, respected, safe, safety, culture, happy, happier, care, wellness, flexible, employees, speak up, stress, overworked, environment, equitable, equity, recognized, recognition, safer',
        1: 'people, team, help',
      },
    },
    {
      names: ['Success and Scale Bring Broad Responsibility', 'Success & Scale Bring Broad Responsibility', 'Broad Responsibility', 'Success and Scale'],
      cues: {
        3: 'ethical concern, waste, energy use, footprint, recycle, charity, nonprofit, give back, gave back, social good, misinformation, children, safety of users, user safety, abuse, affected, outside the company, downstream effects, neighbors, local, external, broader, vulnerable users, ethically, community, society, societal, environmental, sustainability, planet, climate, carbon, emissions, privacy, user privacy, accessibility, unintended consequences, consequences, second order, broad responsibility, social impact, impact on society, impact on the community, effects on, greater good, public, harm, misuse, future generations, wider effect, wider impact, product safer, safer for users, safe for users, harm to users, the right thing, safer for the people, safer for people, environmental cost, environmental impact',
        2: 'energy, power, donate, law, regulator, outside, global, people outside, long term effects, impact, effect, wider, scale, responsibility, compliance, safety, security, fairness, bias',
        1: 'concern, protect',
      },
    },
  ],
};
