// Short labels for story health issues, shown as badges with the full message on hover.
import type { HealthIssue, StoryHealth } from '../../../core/coverage/types';

export function badgeLabel(issue: HealthIssue, health: StoryHealth): string {
  switch (issue.code) {
    case 'missing-parts':
      return `No ${health.missingParts.join('/')}`;
    case 'result-without-number':
      return 'No number';
    case 'too-short':
      return 'Short';
    case 'too-long':
      return 'Long';
    case 'we-over-i':
      return 'We > I';
  }
}
