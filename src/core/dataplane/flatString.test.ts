import { describe, expect, it } from 'vitest';
import { flat } from './flatString.ts';

describe('flat', () => {
  it('returns the same text, whatever it looks like as a number', () => {
    const pieces = ['-A KUBE-SEP-', 'X'.repeat(16), ' -m comment --comment ', 'default/web:http'];
    const built = `${pieces[0]}${pieces[1]}${pieces[2]}${pieces[3]}`;
    expect(flat(built)).toBe(pieces.join(''));
    expect(flat('123')).toBe('123');
    expect(flat('')).toBe('');
    expect(flat('Infinity')).toBe('Infinity');
  });
});
