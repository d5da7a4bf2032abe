import { describe, expect, it } from 'vitest';
import { MIN_LENGTH, ratePassphrase } from '../../src-main/services/passphrase-strength';

describe('passphrase strength', () => {
  it.each([
    ['123456', 'tooShort'],
    ['password1234', 'commonPassword'],
    ['galatasaray1905', 'tooGuessable'],
    ['fenerbahçe1907', 'tooGuessable'],
    ['şifreşifreşifre', 'tooGuessable'],
    ['aaaaaaaaaaaaaaaa', 'repeats'],
    ['qwertyuiopasdfgh', 'tooGuessable'],
  ])('refuses %s with a reason', (passphrase, reason) => {
    const rating = ratePassphrase(passphrase);
    expect(rating.acceptable).toBe(false);
    expect(rating.reasons).toContain(reason);
  });

  it('knows common Turkish words that zxcvbn alone does not', () => {
    const rating = ratePassphrase('seniseviyorumistanbul');
    expect(rating.reasons).toContain('dictionaryWord');
  });

  it.each(['kestane-vapur-Üsküdar-1923-mavi', 'ılgaz dağı çam ormanı sabah 7', 'correct horse battery staple Karaköy'])(
    'accepts a multi-word passphrase: %s',
    (passphrase) => {
      expect(ratePassphrase(passphrase)).toMatchObject({ acceptable: true, reasons: [] });
    },
  );

  it(`insists on ${MIN_LENGTH} characters even for random-looking input`, () => {
    expect(ratePassphrase('x7#Qp!2vZ&9')).toMatchObject({
      acceptable: false,
      reasons: expect.arrayContaining(['tooShort']),
    });
  });
});
