// Test helper: a VaultIndex over real note texts (frontmatter parsed like the CLI does).
import { VaultIndex } from '../../../src/core/index/vault-index';
import type { IndexSnapshot } from '../../../src/core/model';
import { toNoteRecord } from '../../../src/cli/note-record';

export function indexTexts(files: Record<string, string>): { index: VaultIndex; snapshot: IndexSnapshot } {
  const index = new VaultIndex();
  for (const [path, text] of Object.entries(files)) index.upsert(toNoteRecord(path, text));
  return { index, snapshot: index.snapshot() };
}

/** A small set note in the recognized format, with CRLF endings when asked. */
export function setNote(eol = '\n'): string {
  return [
    '#principles #acme',
    '',
    '# Acme Principles',
    '',
    '### Customer Focus',
    'Start from the person who uses the product.',
    '',
    '### Ownership',
    'Act for the whole company, not only your team.',
    '',
    '### Frugality',
    'Do more with less.',
    '',
  ].join(eol);
}
