import { describe, expect, it } from 'vitest';
import { MESSAGE_CODES, MESSAGES_EN } from './allMessages.ts';
import { MESSAGES_KO } from './messages.ko.ts';
import { messageText } from './messages.ts';

describe('the English catalogue, its parts loaded', () => {
  it('words every code the Korean one does (which the compiler holds to every code)', () => {
    expect([...MESSAGE_CODES].sort()).toEqual(Object.keys(MESSAGES_KO).sort());
    for (const code of MESSAGE_CODES) expect(MESSAGES_EN[code].length).toBeGreaterThan(0);
  });

  it('words a usage error and an export note, which live in their own modules', () => {
    expect(messageText('en', { code: 'usage.noFile', params: {} })).toBe('no file given');
    expect(messageText('en', { code: 'export.serviceCIDR', params: { cidr: '10.96.0.0/12' } })).not.toBe(
      'export.serviceCIDR',
    );
  });
});
