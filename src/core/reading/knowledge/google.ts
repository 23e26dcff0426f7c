// Google's four hiring attributes: what questions and stories about each one talk about.
import type { KnownSet } from './types';

export const GOOGLE_KNOWLEDGE: KnownSet = {
  key: 'google',
  principles: [
    {
      names: ['General cognitive ability', 'General cognitive ability (GCA)', 'GCA', 'Cognitive ability', 'Problem solving', 'Problem-solving ability'],
      cues: {
        3: 'compare, comparison, pros and cons, evaluate options, several solutions, best solution, diagnose, unknowns, pattern, crack, make sense of, no idea, insight, problem solving, solve, hard problem, complex problem, difficult problem, analytical, analyze, analysis, reason, logic, estimate, break down, broke down, figure out, worked out, work it out, first principles, never seen before, hypothesis, hypotheses, framework, structured, approach a problem, think through, thought through, puzzle, learn quickly, learn fast, conclusion',
        2: 'solutions, options, dropped, decline, figure, messy, explain, root cause, question, problem, complex, information, data, understand, evaluate, calculate, math, model, parts, quickly, learn, new field, assumptions',
        1: 'difficult, hard, approach',
      },
    },
    {
      names: ['Leadership', 'Emergent leadership', 'Leadership / Emergent leadership', 'Emergent leader'],
      cues: {
        3: 'volunteers, organized, bring together, brought together, work together, more senior, senior than you, mediate, facilitate, resolve a conflict, coalition, agreement, divided, unite, morale, keep going, in charge, nobody was in charge, took the lead, take the lead, lead, led, leader, leadership, lead a team, led a team, formal authority, without authority, no authority, motivate, inspire, influence, rally, align, step up, step back, took charge, take charge, guide, empower, someone else lead, drove, drive the team, bring people together, consensus',
        2: 'teams, senior, others, conflict, effort, initiative, spirits, momentum, group, direction, mentor, delegate, coordinate, vision, change, succeed, success, other teams, persuade, convince, followed, people',
        1: 'goal, help, together',
      },
    },
    {
      names: ['Role-related knowledge', 'Role-related knowledge and experience', 'Role related knowledge', 'RRK', 'Technical knowledge', 'Role knowledge'],
      cues: {
        3: 'software, programming, programming language, language you know, know deeply, technical skill, day one, written code, wrote code, codebase, certified, specialty, specialization, position, strong fit, engineering problem, technical design, area of expertise, technical, technology, expertise, expert, domain, domain knowledge, skills, skill set, role, this role, this job, architecture, architected, design decision, system design, systems, code, tools, tech stack, engineering, specialist, bug, debug, trade off, trade offs, tradeoff, background, qualified, hands on',
        2: 'language, written, wrote, know, deeply, piece, area, designs, implementation detail, knowledge, project, built, implement, scale, performance, api, database, algorithm, infrastructure, current, field, fixed, deep, framework',
        1: 'job, work, build, business',
      },
    },
    {
      names: ['Googleyness', 'Googliness', 'Googleyness and culture fit', 'Culture fit', 'Googleyness & culture add'],
      cues: {
        3: 'without being asked, helped someone, newcomers, feel included, included, welcoming, been wrong, was wrong, open minded, growth mindset, changed your approach, changed my approach, different from you, different backgrounds, diverse, adapt, flexible, plans change, plans keep changing, nothing is certain, changing priorities, ambiguity, unclear, uncertain, uncertainty, humility, humble, right thing, doing the right thing, did the right thing, ethical, integrity, collaborate, fun, helped a colleague, struggling, status quo, user first, team player, inclusive, kindness, caring, comfortable with, admitted, conscientious, bias to act, not clear, values',
        2: 'approach, change, different, certain, help, colleague, fairness, honest, honesty, challenge, user, proactive, initiative, empathy, respect, feedback, culture',
        1: 'team, others',
      },
    },
  ],
};
