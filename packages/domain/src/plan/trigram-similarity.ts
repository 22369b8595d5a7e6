// Connectives first, then single particles: the same idea is written 「窓口業務のキャッシュレス決済導入」
// or 「窓口におけるキャッシュレス決済の導入」, and with the particles kept the two share too few
// trigrams to be recognised. Dropping a particle inside a word (に in にぎわい) happens to both
// texts alike, so it costs little.
const CONNECTIVES = /における|に関する|について|による|に向けた|のための|を通じた|としての|および|ならびに|及び|並びに/gu;
const PARTICLES = /[のにをへがとやでは]/gu;
// Punctuation (「」、。・（）() …) and symbols (～ ＋ ％ …) carry no meaning for similarity.
const NOISE = /[\s\p{P}\p{S}]/gu;

/** The characters compared: width-folded, lower-case, without spaces, punctuation or particles. */
function comparableChars(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase().replace(NOISE, '');
  return Array.from(folded.replace(CONNECTIVES, '').replace(PARTICLES, ''));
}

// A text shorter than n is its own single gram, so two identical short titles still match.
function ngrams(chars: readonly string[], n: number): Set<string> {
  if (chars.length === 0) return new Set();
  if (chars.length <= n) return new Set([chars.join('')]);
  const grams = new Set<string>();
  // Built by concatenation: slicing an array per gram dominated the time for 2,000 plans.
  for (let i = 0; i + n <= chars.length; i++) {
    let gram = '';
    for (let k = i; k < i + n; k++) gram += chars[k];
    grams.add(gram);
  }
  return grams;
}

/**
 * Character trigrams after NFKC, lower-casing and removing spaces, punctuation and particles.
 * Character n-grams need no word segmentation, which Japanese does not mark.
 */
export function textTrigrams(text: string): Set<string> {
  return ngrams(comparableChars(text), 3);
}

export function jaccard(shared: number, sizeA: number, sizeB: number): number {
  const union = sizeA + sizeB - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Jaccard similarity (0..1) of the two texts' trigrams. When a text is shorter than three
 * characters both are cut into grams of that length (bigrams, characters), so 「DX」 still relates
 * to 「DX推進」. Empty texts are similar to nothing.
 */
export function trigramSimilarity(a: string, b: string): number {
  const charsA = comparableChars(a);
  const charsB = comparableChars(b);
  const n = Math.min(3, charsA.length, charsB.length);
  if (n === 0) return 0;
  const gramsA = ngrams(charsA, n);
  const gramsB = ngrams(charsB, n);
  let shared = 0;
  for (const gram of gramsA) if (gramsB.has(gram)) shared++;
  return jaccard(shared, gramsA.size, gramsB.size);
}
