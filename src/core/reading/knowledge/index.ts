// The sets we ship knowledge about.
import { AMAZON_KNOWLEDGE } from './amazon';
import { GOOGLE_KNOWLEDGE } from './google';
import { META_KNOWLEDGE } from './meta';
import type { KnownSet } from './types';

export const KNOWN_SETS: readonly KnownSet[] = [AMAZON_KNOWLEDGE, GOOGLE_KNOWLEDGE, META_KNOWLEDGE];
