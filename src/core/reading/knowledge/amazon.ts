// Amazon's 16 Leadership Principles: what questions and stories about each one talk about.
import type { KnownSet } from './types';

export const AMAZON_KNOWLEDGE: KnownSet = {
  key: 'amazon',
  principles: [
    {
      names: ['Customer Obsession', 'Customer Obsessed', 'Customer First'],
      cues: {
        3: 'what customers want, what users want, listen to customers, watch how they, customer journey, support ticket, support tickets, serve, served, serving, user feedback, user interviews, user interview, survey, surveys, customer expectations, exceed expectations, people you serve, loyalty, customer success, customer perspective, in their shoes, customer retention, customer, customers, client, clients, customer need, customer request, customer feedback, customer experience, customer complaint, unhappy customer, user needs, needs of the customer, end user, work backwards, working backwards, voice of the customer, customer trust, customer satisfaction, customer problem, customer pain, for the customer, customer interest, paying customers, customer reviews, user reviews, read reviews, ratings, app store, people who use, who use your product, use your product, uses your product, paying for your product',
        2: 'accounts, frustrated, frustration, journey, ticket, tickets, patient, patients, guest, guests, expectations, disappointed, retention, loyal, focus group, beta users, market research, user, users, consumer, shopper, buyer, complaint, complaints, satisfaction, pain point, escalation, churn, user research, usability, what they needed, their need, customer asked, reviews, bought, purchase, purchased',
        1: 'need, needs, request, service, support, account, want, wanted',
      },
    },
    {
      names: ['Ownership', 'Take Ownership', 'Owner'],
      cues: {
        3: 'cleaned up, clean up, inherited, took over, job description, nobody else, no one else, left behind, dropped the ball, on my own initiative, without being asked, nobody asked, no one asked, took it upon, not assigned, wasnt assigned, outside your responsibilities, outside my responsibilities, beyond your responsibilities, beyond my responsibilities, owned up, ownership, owned, own, not my job, not your job, took responsibility, take responsibility, accountability, accountable, whole company, entire company, beyond my role, outside my job, outside your job, outside my area, outside your area, nobody owned, no one owned, nobody owns, no one owns, fell through the cracks, end to end, on behalf of, long run, long term value, did not build, didnt build, someone else built, someone else, not your responsibility, nobody was responsible',
        2: 'mess, picked up, pick up, escalated, escalate, care about, kept working, long after, after hours, weekend, on call, owner, legacy, maintain, responsibility, responsible, initiative, stepped in, step in, volunteered, above and beyond, long term, short term, another team, other team, follow through, follow up, anyway',
        1: 'company, gap, sacrifice',
      },
    },
    {
      names: ['Invent and Simplify', 'Invent & Simplify', 'Innovate and Simplify'],
      cues: {
        3: 'easier, easier to use, easier to run, tangled, convoluted, rewrote, rewrite, consolidate, consolidated, unified, created a tool, built a tool, reinvented, clever, fresh approach, new method, rethink, rethought, reimagine, reimagined, patent, original idea, fewer steps, creative solution, simplify, simplified, simpler, simple, simplest, innovate, innovation, innovative, invent, invented, invention, new approach, creative, creativity, automate, automated, automation, new idea, novel, reinvent, streamline, streamlined, complexity, not invented here, more efficient, manual process, entirely new, brand new, completely new, different angle',
        2: 'replaced, replace, tools, created, clunky, cumbersome, friction, easy, steps, procedure, unusual, strange, novel approach, experiment, hack, eliminate, eliminated, template, reusable, idea, ideas, new way, redesign, prototype, efficient, efficiency, process improvement, workaround, unconventional, out of the box, complex, complicated, manual, reduce steps',
        1: 'process, improve, tool, better way, solution',
      },
    },
    {
      names: ['Are Right, A Lot', 'Are Right A Lot', 'Be Right A Lot', 'Right a Lot'],
      cues: {
        3: 'advice, second opinion, devils advocate, blind spot, own view, own views, own opinion, sanity check, validate, validated, counterargument, considered alternatives, pick a direction, picked a direction, tough call, hard call, judgment call, dilemma, choose between, chose between, mistaken, misjudged, misread, prediction, predicted, forecast, reasonable options, judgment, judgement, instinct, instincts, intuition, gut feeling, right decision, wrong decision, bad decision, good decision, poor decision, right call, wrong call, diverse perspectives, different perspectives, different points of view, different views, conflicting opinions, conflicting views, conflicting information, disconfirm, turned out right, proved right, proved correct, turned out wrong, turned out to be wrong, proved wrong, were wrong, was wrong, i was wrong, changed my mind, change your mind, course of action, weigh, weighed, assumption, assumptions, gut, trust your gut, trusted your intuition, trust your instinct, trusted my instinct, trusted my gut, different opinions, differing opinions, opposing views, sought out, seek out',
        2: 'expert, experts, opposing, opposite, test, tested, hunch, realized, initial, reasonable, conclusion, tradeoff, trade off, decision, decisions, opinion, opinions, perspective, perspectives, views, input, options, alternatives, correct, wrong, belief, beliefs, doubted, doubt, sources, mistake, error, evaluated, business judgment',
        1: 'decide, decided, right, call',
      },
    },
    {
      names: ['Learn and Be Curious', 'Learn & Be Curious', 'Be Curious', 'Curiosity'],
      cues: {
        3: 'for fun, studied, read up, fascinated, fascinating, interested in, new language, new subject, new topic, discovery, hobby, side project, self study, online course, learn new, learning new, learned new, learn, learned, learning, curious, curiosity, taught myself, teach yourself, taught yourself, new skill, self taught, course, book, article, explore, explored, outside of work, up to speed, picked up, new area, unfamiliar area, asked questions, keep learning, outside your field, outside my field, another field, other fields, new domain, unfamiliar, stay current, staying current, keep up with, up to date, grow your knowledge, growing your knowledge, broaden',
        2: 'subject, topic, interest, interests, tutorial, workshop, conference, unexpected, experimented, wonder, why things, skill, study, studied, read, research, discover, discovered, lesson, lessons, improve yourself, improve myself, new field, new technology, podcast, class, certification, knowledge, domain, latest',
        1: 'new, question, questions, understand, grow',
      },
    },
    {
      names: ['Hire and Develop the Best', 'Hire & Develop the Best', 'Hire and Develop', 'Develop the Best'],
      cues: {
        3: 'below expectations, missing expectations, not meeting expectations, meet expectations, kept missing, hiring decision, performer, performers, high performer, top performer, strong performer, develop people, developed people, one on one, one on ones, team growth, bar raiser, upskill, upskilled, growth plan, career path, career growth, performance plan, new hire, new hires, hiring manager, interview loop, talent pipeline, hire, hired, hiring, recruit, recruited, recruiting, candidate, candidates, interviewed, mentor, mentored, mentoring, coach, coached, coaching, promote, promoted, promotion, low performer, low performing, poor performer, underperforming, underperformer, underperform, performance problem, performance review, talent, talent review, direct report, direct reports, junior, develop their, develop someone, people develop, employee development, team member develop, build a team, built a team, assembled a team, stretch assignment, let go, fired, onboard, onboarding, grow into, career goals, career goal, career development',
        2: 'perform, performance, struggling employee, interview, interviews, interviewing, bigger role, next level, pipeline, skill gaps, develop, development, strengths, team member, team members, employee, employees, train, trained, training, teach, taught, delegate, succession, potential, grow, growth, feedback, raise the bar, reports, report to me',
        1: 'people, skills, help, career, careers',
      },
    },
    {
      names: ['Insist on the Highest Standards', 'Insist on Highest Standards', 'Insist on High Standards', 'Highest Standards', 'High Standards'],
      cues: {
        3: 'not ready, stopped a release, stopped the release, blocked the release, blocked a launch, held back, delayed the launch, delay the release, shortcut, shortcuts, bar high, keep the bar, quality gate, sloppy, higher quality, better quality, would not accept, wouldnt accept, not accept, not acceptable, not good enough, zero defects, attention to detail, quality standards, quality, high standards, highest standards, standard, standards, raise the bar, raised the bar, quality bar, high bar, defect, defects, never come back, stay fixed, good enough, compromise on quality, refused to ship, refuse to ship, best practice, best practices, excellence, code review, unacceptable, cut corners, standards high, never came back, came back, recurring, recur, regression, regressions',
        2: 'stopped, ready, blocked, sign off, signed off, accept, mediocre, careless, thorough, craftsmanship, polish, checklist, postmortem, bar, root cause, rigorous, rigor, testing, reliability, polish, review, reviews, fix, fixed, better, improve, improved, unreasonably high, quality products, perfection, meticulous, satisfied, bug, bugs',
        1: 'high, high quality, detail',
      },
    },
    {
      names: ['Think Big', 'Think Bigger'],
      cues: {
        3: 'impossible, stretch goal, north star, aspirational, huge, massive, new business, three years, five years, multi year, multiyear, where your product should be, long term plan, big goal, big goals, far beyond, original scope, beyond the scope, changed the direction, company wide, industry, disrupt, disruptive, 10x, step change, long range, bold, boldest, ambitious, ambition, think big, vision, visionary, long term vision, moonshot, radical, transform, transformation, larger opportunity, bigger opportunity, incremental, inspire, inspired, big picture, audacious, game changer, new market, bold direction, biggest, bet, bets, bigger idea, big idea',
        2: 'years, should be, grew, expanded, initiative, organization, big bet, roadmap, big, bigger, larger, strategy, strategic, excited, excite, dream, expand, opportunity, direction, scale, long term, growth, future, plan',
        1: 'goal, idea',
      },
    },
    {
      names: ['Bias for Action', 'Bias to Action', 'Bias towards Action'],
      cues: {
        3: 'in minutes, minutes, within hours, right away, overnight, before approval, before it was approved, didnt wait, did not wait, rather than wait, made a call, made the call, just did it, normally take, risky, time pressure, instead of waiting, without approval, without permission, analysis paralysis, jumped in, jump in, snap decision, quick decision, on the spot, quickly, fast, speed, urgency, calculated risk, calculated risks, took a risk, take a risk, risk, without all the information, without all the facts, without enough data, without the data, without data, without clear data, not enough data, enough data, incomplete information, incomplete data, limited information, little data, move quickly, act quickly, acted quickly, reversible, two way door, took action, take action, bias for action, waiting, wait',
        2: 'hours, started, approved, before the plan, sooner, faster, speedy, approval, permission, pressure, hesitated, quick fix, fast decision, act, acted, action, decisive, immediately, quick, urgent, time sensitive, deadline, hesitate, delay, proactive, risky',
        1: 'decision, decide, data, move',
      },
    },
    {
      names: ['Frugality', 'Frugal', 'Be Frugal'],
      cues: {
        3: 'tiny budget, small budget, limited budget, low budget, no budget, turned down spending, unnecessary spend, unnecessary, ran out, instead of buying, shoestring, bootstrapped, bootstrap, open source, reuse, reused, repurpose, repurposed, cut spending, cost cutting, lower cost, frugal, frugality, budget, budgets, cost, costs, cheap, cheaper, inexpensive, save money, saved money, saving money, savings, more with less, fewer resources, limited resources, few resources, headcount, spend, spending, expense, expenses, funding, resourceful, resourcefulness, constraint, constraints, constrained, money, dollars, additional resources, extra resources, cost effective, reduce cost, cut costs, under budget, within budget, over budget, on budget',
        2: 'tiny, necessary, spend less, waste, buy, buying, bought, pay, paid, vendor, license, licenses, cloud bill, resources, resource, limited, tight, lean, scrappy, free, price, afford, reuse, reused, less',
        1: 'small, cut, reduce',
      },
    },
    {
      names: ['Earn Trust', 'Earn Trust of Others', 'Earning Trust', 'Build Trust'],
      cues: {
        3: 'truthful, truth, faith, regained, regain, let down, let them down, repair the relationship, repaired, own up, come clean, told the truth, consistency, consistent, shortcomings, weakness, weaknesses, win the confidence, gain the confidence, earn the confidence, open about, owned up, owning up, credible, keep your word, kept my word, keep my word, promise, promises, trust me, trust, trusted, trustworthy, rebuild trust, earn trust, admit, admitted, admitting, own mistake, my mistake, a mistake, honest, honesty, candid, candidly, transparent, transparency, bad news, self critical, listen, listened, listening, respect, respected, respectfully, credibility, relationship, relationships, criticism, criticized, apologize, apologized, vulnerable, vocally self critical, received feedback, tough feedback, critical feedback, negative feedback, hard feedback, difficult feedback, build trust, built trust, building trust',
        2: 'failure, relationship, confidence, skeptic, skeptical, doubt, humble, mistake, mistakes, error, stakeholder, stakeholders, integrity, reputation, openly, rapport, embarrassing, awkward, blame, apology, feedback, opinion, benchmark',
        1: 'colleague, peer, open',
      },
    },
    {
      names: ['Dive Deep', 'Deep Dive', 'Dive Deeper'],
      cues: {
        3: 'raw data, what really happened, read through, went through, line by line, first hand, firsthand, trace, traced, tracing, get to the bottom, bottom of, suspected, suspicious, root of, looked fine, looked healthy, looked good, beneath the surface, underneath, forensic, drill down, drilled down, dashboards, dig, dug, dig into, dug into, deep dive, dive deep, details, detail, metric, metrics, numbers, analysis, analyze, analyzed, investigate, investigated, investigation, audit, audited, anomaly, troubleshoot, troubleshooting, debug, debugged, logs, did not add up, anecdote, anecdotes, discrepancy, underlying cause, into the data, the data, data showed',
        2: 'really happened, inspect, inspected, verify, verified, check, checked, healthy, closer look, sample, samples, pattern, data point, data, deep, root cause, underlying, granular, complex issue, look into, looked into, query, measure, evidence, dashboard, wrong, missed, found, cause, spreadsheet, misleading, accurate, accuracy',
        1: 'issue, problem, complex, report, reports',
      },
    },
    {
      names: ['Have Backbone; Disagree and Commit', 'Have Backbone, Disagree and Commit', 'Have Backbone Disagree and Commit', 'Disagree and Commit', 'Have Backbone', 'Backbone'],
      cues: {
        3: 'went against, go against, going against, against the wishes, refused, refuse, refusing, argument, lost an argument, backed the decision, back the decision, fully supported, support the decision, supported the decision, stood up to, stand up to, veto, vetoed, dissent, dissented, disagree and commit, against the grain, spoke against, spoke out, speak out, voiced concerns, voiced my concerns, raised concerns, disagree, disagreed, disagreeing, disagreement, push back, pushed back, pushback, pushing back, said no, say no, saying no, stood my ground, stand my ground, stood your ground, stand your ground, argue, argued, unpopular, unpopular stance, backbone, not agree, did not agree, didnt agree, not support, did not support, persist, persisted, persistence, tenacious, tenacity, conviction, went along, go along, overruled, argued against, stance, felt strongly, strongly felt, feel strongly, strongly disagreed, objected, objection, challenged a decision, challenge a decision, challenged the decision, give in, gave in,, spoke up, stayed quiet, stay quiet, stayed silent, stay silent, lone voice',
        2: 'sign off, wrong, director, executive, executives, vp, ceo, leadership, concerns, concern, challenge, challenged, conflict, manager, boss, senior leader, leader, peer, peers, debate, oppose, opposed, uncomfortable, tension, compromise, decided to go, strongly, agree, support, commit, committed, convinced, persuaded, persuade, convince',
        1: 'opinion, meeting, decision',
      },
    },
    {
      names: ['Deliver Results', 'Delivering Results', 'Deliver Result'],
      cues: {
        3: 'completion, drive to completion, kept my commitment, kept the commitment, met my commitment, met the commitment, short staffed, understaffed, against the odds, bottom line, shipped on time, hit the target, finish line, across the line, got it done, get it done, at risk, back on track, on track, turned around, turnaround, delivery, delivered on, deliver, delivered, delivering, deliver results, deadline, deadlines, on time, met the goal, achieve, achieved, achievement, obstacle, obstacles, setback, setbacks, despite, overcome, overcame, target, targets, missed a deadline, missed the deadline, under pressure, tight deadline, ship on time, met your goal, met my goal, met the deadline, execution, execute, executed',
        2: 'drive, drove, driving, kept, missing, resourcing, failing, failure, despite, key results, okr, okrs, kpi, goal, goals, ship, complete, completed, finish, finished, milestone, pressure, hit, proudest, outcome, prioritize, prioritized, urgent, commitment, commitments, on schedule, behind schedule',
        1: 'project, key, time',
      },
    },
    {
      names: ['Strive to be Earth’s Best Employer', "Strive to be Earth's Best Employer", 'Strive to Be Earths Best Employer', 'Earth’s Best Employer', "Earth's Best Employer", 'Best Employer'],
      cues: {
        3: 'stood up for, stand up for, treated badly, mistreated, best work, do their best, toxic, bullied, bullying, appreciated, appreciation, celebrate, celebrated, inclusive culture, team health, happy team, welcome, welcomed, fairer, equal, equality, harassment, discrimination, accommodate, accommodation, mental health, parental leave, feel welcome, belonging, inclusive, inclusion, diversity, wellbeing, well being, burnout, burning out, burned out, burn out, morale, psychological safety, safe to speak, feel safe, fair, fairly, fairness, treated fairly, workplace, work environment, employee experience, belong, belonging, work life balance, empathy, empathetic, enjoyable, enjoy, welcoming, better place to work, place to work, team culture',
        2: 'teammate, teammates, thrive, thriving, new hire, comfortable, supportive, feel, respected, safe, safety, culture, happy, happier, care, cared, wellness, flexible, employees, speak up, stress, stressed, overworked, support, supported, environment, equitable, equity, recognized, recognition, safer',
        1: 'people, team, help',
      },
    },
    {
      names: ['Success and Scale Bring Broad Responsibility', 'Success & Scale Bring Broad Responsibility', 'Broad Responsibility', 'Success and Scale'],
      cues: {
        3: 'ethical concern, waste, energy use, footprint, recycle, recycling, charity, nonprofit, give back, gave back, social good, misinformation, children, safety of users, user safety, abuse, affected, outside the company, downstream effects, neighbors, local, external, broader, vulnerable users, ethically, community, communities, society, societal, environmental, sustainability, sustainable, planet, climate, carbon, emissions, ethical, ethics, privacy, user privacy, accessibility, accessible, unintended consequences, consequences, second order, broad responsibility, social impact, impact on society, impact on the community, effects on, greater good, public, harm, harmful, misuse, future generations, wider effect, wider impact, product safer, safer for users, safe for users, harm to users, the right thing, safer for the people, safer for people, environmental cost, environmental impact',
        2: 'energy, power, donate, donated, law, laws, regulator, regulators, affect, outside, global, people outside, long term effects, impact, effect, effects, wider, scale, responsibility, regulation, compliance, safety, security, fairness, bias, waste, energy',
        1: 'responsible, concern, protect, protected',
      },
    },
  ],
};
