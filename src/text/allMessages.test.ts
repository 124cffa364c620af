import { describe, expect, it } from 'vitest';
import { ENGLISH_CODES, MESSAGES_EN } from './allMessages.ts';
import { DIAGNOSTIC_SAY_CODES } from '../core/diagnostics.ts';
import { MESSAGES_KO } from './messages.ko.ts';
import { messageText } from './messages.ts';

describe('the English catalogue, its parts loaded', () => {
  it("words every code the Korean one does (which the compiler holds to every code) but the diagnostics', whose English is their message", () => {
    const diagnostics = new Set<string>(DIAGNOSTIC_SAY_CODES);
    expect(ENGLISH_CODES.filter((c) => diagnostics.has(c))).toEqual([]);
    expect([...ENGLISH_CODES, ...DIAGNOSTIC_SAY_CODES].sort()).toEqual(Object.keys(MESSAGES_KO).sort());
    for (const code of ENGLISH_CODES) expect(MESSAGES_EN[code].length).toBeGreaterThan(0);
  });

  it('words a usage error and an export note, which live in their own modules', () => {
    expect(messageText('en', { code: 'usage.noFile', params: {} })).toBe('no file given');
    expect(messageText('en', { code: 'export.serviceCIDR', params: { cidr: '10.96.0.0/12' } })).not.toBe(
      'export.serviceCIDR',
    );
  });
});
