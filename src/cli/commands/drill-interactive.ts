// `drill --interactive`: runs the drill in a terminal. Each question shows a live timer against
// the target; Enter reveals the next follow-up, `c` the user's answer cue, `d` stops the clock;
// then a rating (1–4) and, optionally, the story told. Every rated answer is appended to the log at once, so quitting
// halfway keeps what was done.
import { createInterface } from 'readline';
import { clearInterval, setInterval } from 'timers';
import type { Clock } from '../../core/drill/random';
import { DrillSession, formatClock } from '../../core/drill/session';
import { storiesFor } from '../../core/drill/stories';
import { principleName, summarize } from '../../core/drill/summary';
import { RATINGS, ratingLabel, type Attempt, type Rating } from '../../core/drill/types';
import type { IndexSnapshot, Question } from '../../core/model';

/** What the interactive drill needs from a terminal; tests substitute a scripted one. */
export interface Terminal {
  write(text: string): void;
  /** Asks for one line. With `live`, the prompt is redrawn every second (it shows the timer). */
  ask(prompt: () => string, live?: boolean): Promise<string | null>;
  close(): void;
}

export function nodeTerminal(): Terminal {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Lines typed (or pasted) ahead of a question are queued, not lost.
  const queued: string[] = [];
  let waiting: ((line: string | null) => void) | null = null;
  let closed = false;
  rl.on('line', (line) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(line);
    } else queued.push(line);
  });
  rl.on('close', () => {
    closed = true;
    waiting?.(null);
    waiting = null;
  });
  return {
    write: (text) => void process.stdout.write(text),
    ask(prompt, live = false) {
      if (queued.length > 0) {
        process.stdout.write(prompt() + queued[0] + '\n');
        return Promise.resolve(queued.shift() as string);
      }
      if (closed) return Promise.resolve(null);
      rl.setPrompt(prompt());
      rl.prompt();
      const timer = live
        ? setInterval(() => {
            rl.setPrompt(prompt());
            rl.prompt(true);
          }, 1000)
        : null;
      return new Promise((resolve) => {
        waiting = (line) => {
          if (timer) clearInterval(timer);
          resolve(line);
        };
      });
    },
    close: () => rl.close(),
  };
}

function header(q: Question, i: number, total: number, snapshot: IndexSnapshot): string {
  const names = q.principles.map((r) => principleName(snapshot, r.id));
  const meta = [names.join(', ') || 'no principle', q.category].filter(Boolean).join(' · ');
  return `\nQuestion ${i + 1} of ${total} (${meta})\n  ${q.text}\n`;
}

const RATING_PROMPT = `  Rate it: ${RATINGS.map((r, i) => `${i + 1} ${ratingLabel(r)}`).join(', ')} (Enter skips) > `;

/**
 * A rating key 1–4, `skip` for a bare Enter, null when input ends. Any other key (`7`, `d`) is
 * not taken as a skip: it says so and asks again.
 */
async function askRating(t: Terminal): Promise<Rating | 'skip' | null> {
  for (;;) {
    const line = await t.ask(() => RATING_PROMPT);
    if (line === null) return null;
    const key = line.trim();
    if (key === '') return 'skip';
    const pick = /^[1-9]$/.test(key) ? RATINGS[Number(key) - 1] : undefined;
    if (pick) return pick;
    t.write(`  "${key}" is not a rating: type 1 to ${RATINGS.length}, or just Enter to skip.\n`);
  }
}

export async function runInteractive(
  questions: readonly Question[],
  snapshot: IndexSnapshot,
  options: {
    clock: Clock;
    targetSeconds: number;
    terminal: Terminal;
    record: (a: Attempt) => Promise<void>;
    /** Weak principles, most urgent first, suggested after the session's own low ratings. */
    weak?: readonly string[];
  },
): Promise<Attempt[]> {
  const { terminal: t, clock } = options;
  const session = new DrillSession(questions, clock, options.targetSeconds);
  t.write(`Answer out loud. Enter shows the next follow-up, c + Enter your cue (when you wrote one), d + Enter stops the clock, q + Enter quits.\n`);
  try {
    while (!session.done) {
      const q = session.current as Question;
      t.write(header(q, session.index, questions.length, snapshot));
      let quit = false;
      let cueShown = false;
      for (;;) {
        const cue = q.cues.length > 0 && !cueShown ? 'c: cue, ' : '';
        const hint = `${session.hasMoreFollowUps ? 'Enter: follow-up, ' : ''}${cue}d: done`;
        const line = await t.ask(() => `  [${session.timer().text}] ${hint} > `, true);
        if (line === null || line.trim() === 'q') {
          quit = true;
          break;
        }
        if (line.trim() === 'd') break;
        if (line.trim() === 'c' && q.cues.length > 0) {
          cueShown = true;
          t.write(q.cues.map((c) => `  Cue: ${c}\n`).join(''));
          continue;
        }
        const probe = session.revealFollowUp();
        if (probe === null) break;
        t.write(`  Follow-up: ${probe}\n`);
      }
      if (quit) break;
      session.stop();
      t.write(`  Time: ${session.timer().text}\n`);
      const pick = await askRating(t);
      if (pick === null) break;
      if (pick !== 'skip') {
        session.rate(pick);
        const stories = storiesFor(snapshot, q.principles.map((r) => r.id));
        if (stories.length > 0) {
          t.write(stories.map((s, i) => `    ${i + 1}. ${s.title}\n`).join(''));
          const told = await t.ask(() => `  Story told (number, Enter for none) > `);
          const story = stories[Number((told ?? '').trim()) - 1];
          session.pickStory(story ? story.id : null);
        }
      }
      const attempt = session.next();
      if (attempt) await options.record(attempt);
    }
  } finally {
    t.close();
  }
  const sum = summarize(session.attempts, snapshot, options.weak ?? []);
  t.write(`\nDone: ${sum.questions} rated in ${formatClock(sum.totalSeconds)}.\n`);
  for (const p of sum.byPrinciple) t.write(`  ${p.name}: ${p.ratings.map(ratingLabel).join(', ')}\n`);
  if (sum.drillNext.length > 0) t.write(`Drill next: ${sum.drillNext.map((id) => principleName(snapshot, id)).join(', ')}\n`);
  return session.attempts;
}
