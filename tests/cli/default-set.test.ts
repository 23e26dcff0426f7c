// Issue 15 item 5 in the CLI: without --set, coverage reports the plugin's default set, else the
// set with the most stories and questions, not the first set in path order.
import { cleanVaults, cli, tempVault } from './helpers';

afterAll(cleanVaults);

const AMAZON = '#principles #amazon\n# Amazon Leadership Principles\n\n### Ownership\nThink long term.\n\n### Deliver Results\nShip on time.\n';
const GOOGLE = '#principles #google\n# Google Hiring Attributes\n\n### Leadership\nStep up.\n';
const STORY = '#story\n\n**S:** A release slipped. **A:** I took it over, see [[Amazon Leadership Principles#Ownership]]. **R:** Shipped 2 days early.\n';

describe('the default set', () => {
  it('is the set with the most stories and questions', async () => {
    const root = tempVault({ 'Google Hiring Attributes.md': GOOGLE, 'Interview/Amazon Leadership Principles.md': AMAZON, 'Stories/Release.md': STORY });
    const r = await cli(['coverage', root]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Coverage of amazon:/);
  });

  it('is the plugin\'s default set when it names one', async () => {
    const root = tempVault({
      'Google Hiring Attributes.md': GOOGLE,
      'Interview/Amazon Leadership Principles.md': AMAZON,
      'Stories/Release.md': STORY,
      '.vault-config/plugins/interview-prep/data.json': '{"defaultSet": "Google"}',
    });
    expect((await cli(['coverage', root])).out).toMatch(/^Coverage of google:/);
    expect((await cli(['coverage', root, '--set', 'AMAZON'])).out).toMatch(/^Coverage of amazon:/);
  });

  it('is described that way in --help', async () => {
    expect((await cli(['--help'])).out.replace(/\s+/g, ' ')).toContain('default: the default set in the plugin\'s settings, else the set with the most stories and questions');
  });
});
