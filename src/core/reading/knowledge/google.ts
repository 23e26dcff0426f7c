// Google's four hiring attributes: what questions and stories about each one talk about.
import type { KnownSet } from './types';

export const GOOGLE_KNOWLEDGE: KnownSet = {
  key: 'google',
  principles: [
    {
      names: ['General cognitive ability', 'General cognitive ability (GCA)', 'GCA', 'Cognitive ability', 'Problem solving', 'Problem-solving ability'],
      cues: {
        3: 'compare, compared, comparing, comparison, pros and cons, evaluate options, evaluated options, several solutions, best solution, diagnose, diagnosed, unknowns, pattern, patterns, crack, cracked, make sense of, no idea, unknown, insight, insights, problem solving, solve, solved, solving, hard problem, complex problem, difficult problem, analytical, analyze, analyzed, analysis, reason, reasoned, reasoning, logic, logical, estimate, estimated, estimation, break down, broke down, breaking down, figure out, figured out, worked out, work it out, first principles, never seen before, hypothesis, hypotheses, framework, structured, approach a problem, think through, thought through, puzzle, learn quickly, learned quickly, learn fast, conclusion',
        2: 'solutions, solution, options, dropped, drop, decline, figure, messy, explain, explained, root cause, question, problem, problems, complex, information, data, understand, evaluate, calculate, math, model, parts, quickly, learn, learned, new field, assumptions, options',
        1: 'difficult, hard, approach',
      },
    },
    {
      names: ['Leadership', 'Emergent leadership', 'Leadership / Emergent leadership', 'Emergent leader'],
      cues: {
        3: 'volunteers, organized, bring together, brought together, work together, more senior, senior than you, mediate, mediated, facilitate, facilitated, resolve a conflict, resolved a conflict, coalition, agreement, divided, unite, united, morale, keep going, in charge, nobody was in charge, took the lead, take the lead, lead, led, leading, leader, leadership, lead a team, led a team, formal authority, without authority, no authority, motivate, motivated, motivating, inspire, inspired, influence, influenced, influencing, rally, rallied, align, aligned, alignment, step up, stepped up, step back, stepped back, took charge, take charge, guide, guided, empower, empowered, someone else lead, drove, drive the team, bring people together, consensus',
        2: 'teams, senior, others, conflict, effort, initiative, spirits, momentum, team, group, direction, mentor, mentored, delegate, delegated, coordinate, coordinated, organize, organized, vision, change, succeed, success, other teams, persuade, convince, followed, people',
        1: 'goal, help, together',
      },
    },
    {
      names: ['Role-related knowledge', 'Role-related knowledge and experience', 'Role related knowledge', 'RRK', 'Technical knowledge', 'Role knowledge'],
      cues: {
        3: 'software, programming, programming language, language you know, know deeply, technical skill, technical skills, day one, written code, wrote code, codebase, certified, specialty, specialization, position, strong fit, engineering problem, technical design, technical designs, area of expertise, technical, technology, technologies, expertise, expert, domain, domain knowledge, skills, skill set, role, this role, this job, architecture, architected, design decision, system design, systems, code, coding, tools, tech stack, engineering, specialist, bug, bugs, debug, trade off, trade offs, tradeoff, tradeoffs, background, qualified, qualifies, hands on',
        2: 'language, tool, written, wrote, know, deeply, piece, area, designs, implementation detail, experience, knowledge, project, built, implement, implemented, implementation, scale, performance, api, database, algorithm, infrastructure, current, field, design, system, fixed, deep, languages, framework',
        1: 'job, work, build, business',
      },
    },
    {
      names: ['Googleyness', 'Googliness', 'Googleyness and culture fit', 'Culture fit', 'Googleyness & culture add'],
      cues: {
        3: 'without being asked, helped someone, help someone, newcomers, newcomer, feel included, included, welcoming, welcome, been wrong, was wrong, open minded, growth mindset, changed your approach, changed my approach, different from you, different backgrounds, diverse, diversity, adapt, adapted, adaptable, flexible, flexibility, plans change, plans keep changing, nothing is certain, changing priorities, ambiguity, ambiguous, unclear, uncertain, uncertainty, humility, humble, right thing, doing the right thing, did the right thing, ethical, integrity, collaborate, collaborative, collaboration, fun, helped a colleague, help a colleague, struggling, status quo, user first, team player, inclusive, kindness, kind, caring, comfortable with, admitted, admit, conscientious, bias to act, not clear, values',
        2: 'approach, change, changing, different, certain, help, helped, colleague, colleagues, care, fairness, honest, honesty, challenge, challenged, user, users, proactive, initiative, empathy, respect, feedback, diverse, culture',
        1: 'team, others',
      },
    },
  ],
};
