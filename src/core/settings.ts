// Settings shared by the core, the plugin and the CLI. Every tag and keyword the index
// recognizes is configurable; these defaults make the seed vault work with zero setup.
import { DEFAULT_NEW_STORY_FOLDER } from './authoring/defaults';

export interface IndexSettings {
  /** Tag of a principle-set note (nested tags like `principles/amazon` count). */
  setTag: string;
  /** Tag of a single-principle note. */
  principleTag: string;
  /** Tag of a STAR story note. */
  storyTag: string;
  /** Tag of a question-bank note. */
  questionTag: string;
  /** Headings equal to one of these open a question/story section, not a principle. */
  sectionKeywords: string[];
  /** Prefix of a heading/label naming a section's primary principle. */
  mainPrefix: string;
  /** Prefix of a bold line naming a section's secondary principles. */
  subPrefix: string;
  /** Folders whose notes are indexed for stories even without the story tag. */
  storyFolders: string[];
  /** Folders never indexed. */
  excludedFolders: string[];
}

export interface CoverageSettings {
  /** Distinct stories wanted per principle. */
  target: number;
  /** A story mapped as primary to more than this many principles is overloaded. */
  overloadPrimary: number;
  /** A story that is the only story for at least this many principles is overloaded. */
  overloadOnlyStory: number;
}

export const DEFAULT_INDEX_SETTINGS: IndexSettings = {
  setTag: 'principles',
  principleTag: 'principle',
  storyTag: 'story',
  questionTag: 'questions',
  sectionKeywords: ['Questions', 'Stories', 'Notes'],
  mainPrefix: 'Main:',
  subPrefix: 'Sub:',
  // Where new stories are written, so a story there counts even untagged.
  storyFolders: [DEFAULT_NEW_STORY_FOLDER],
  excludedFolders: [],
};

export const DEFAULT_COVERAGE_SETTINGS: CoverageSettings = {
  target: 2,
  overloadPrimary: 3,
  overloadOnlyStory: 2,
};
