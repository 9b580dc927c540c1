/** Number words in English and French, for "two years", "deux ans", "a family of three". */
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
};

/** A number written in digits or in words; undefined otherwise. */
export function numberOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  return WORDS[word];
}

/** A regex source matching a number in digits or words. */
export const NUMBER = `(\\d+(?:\\.\\d+)?|${Object.keys(WORDS).filter((w) => w.length > 2).join("|")})`;
