import { jaccard, textTrigrams } from './trigram-similarity.js';

export interface DuplicateCandidate {
  readonly id: string;
  readonly leadDepartmentId: string;
  readonly title: string;
  readonly aim: string;
}

export interface LikelyDuplicate {
  /** In input order. */
  readonly planIds: [string, string];
  /** 0..1; see `findLikelyDuplicates` for how it is made. */
  readonly similarity: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.35;

/**
 * A trigram found in more plans than this share (and at least `BOILERPLATE_MIN_PLANS`) is wording
 * of the template or of 行政改革 itself (「効率化を図る」「市民サービスの向上」), not of the idea, and
 * is ignored. Otherwise templated aims make every pair look alike, and those few very frequent
 * grams are also what would make the pair count grow quadratically.
 */
export const BOILERPLATE_SHARE = 0.05;
export const BOILERPLATE_MIN_PLANS = 20;

// Aims share more general wording than titles do, so agreement over title and aim together is
// weaker evidence than agreement of the titles alone.
export const TITLE_AND_AIM_WEIGHT = 0.9;

function invert(gramSets: readonly Set<string>[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  gramSets.forEach((grams, planIndex) => {
    for (const gram of grams) {
      const postings = index.get(gram);
      if (postings) postings.push(planIndex);
      else index.set(gram, [planIndex]);
    }
  });
  return index;
}

/**
 * Pairs of plans of DIFFERENT lead departments that probably describe the same work — candidates
 * for one cross-department plan (庁内連携). A department's own similar plans are left to itself.
 *
 * similarity = max(J(title, title), 0.9 × J(title ∪ aim, title ∪ aim)), J = Jaccard of trigram
 * sets (`textTrigrams`); title ∪ aim is the union of the two sets, so no spurious gram spans the
 * seam. Boilerplate grams (see `BOILERPLATE_SHARE`) are left out of both sets first. Pairs are
 * found through an inverted index (trigram → plans) and their shared grams are counted in one sweep
 * per plan, so only pairs with something in common are ever looked at, and no posting list is
 * longer than the boilerplate limit; 2,000 plans take well under a second. Highest first.
 */
// Drops from each set the grams found in more than `limit` sets.
function meaningfulGrams(gramSets: readonly Set<string>[], limit: number): Set<string>[] {
  const planCount = new Map<string, number>();
  for (const grams of gramSets) for (const gram of grams) planCount.set(gram, (planCount.get(gram) ?? 0) + 1);
  return gramSets.map((grams) => new Set([...grams].filter((gram) => (planCount.get(gram) ?? 0) <= limit)));
}

/**
 * Adds 1 to `shared[j]` for every gram plan `i` shares with a later plan `j` of another department;
 * returns the `j`s seen for the first time. Posting lists are ascending, so the walk from the end
 * stops at `i`.
 */
function countShared(
  i: number,
  grams: Set<string>,
  index: Map<string, number[]>,
  department: Int32Array,
  shared: Int32Array,
  touched: number[],
): void {
  for (const gram of grams) {
    const postings = index.get(gram) ?? [];
    for (let k = postings.length - 1; k >= 0; k--) {
      const j = postings[k] ?? 0;
      if (j <= i) break;
      if (department[j] === department[i]) continue;
      if (shared[j] === 0) touched.push(j);
      shared[j] = (shared[j] ?? 0) + 1;
    }
  }
}

/**
 * Pairs of plans of DIFFERENT lead departments that probably describe the same work — candidates
 * for one cross-department plan (庁内連携). A department's own similar plans are left to itself.
 *
 * similarity = max(J(title, title), 0.9 × J(title ∪ aim, title ∪ aim)), J = Jaccard of trigram
 * sets (`textTrigrams`); title ∪ aim is the union of the two sets, so no spurious gram spans the
 * seam. Boilerplate grams (see `BOILERPLATE_SHARE`) are left out of both sets first. Pairs are
 * found through an inverted index (trigram → plans) and their shared grams are counted in one sweep
 * per plan, so only pairs with something in common are ever looked at, and no posting list is
 * longer than the boilerplate limit; 2,000 plans take well under a second. Highest first.
 */
export function findLikelyDuplicates(
  plans: readonly DuplicateCandidate[],
  { threshold = DEFAULT_DUPLICATE_THRESHOLD }: { threshold?: number } = {},
): LikelyDuplicate[] {
  const rawTitles = plans.map((plan) => textTrigrams(plan.title));
  const rawAll = plans.map((plan, i) => {
    const all = new Set(rawTitles[i]);
    for (const gram of textTrigrams(plan.aim)) all.add(gram);
    return all;
  });
  const limit = Math.max(BOILERPLATE_MIN_PLANS, BOILERPLATE_SHARE * plans.length);
  // Counted over title ∪ aim for both, so a title gram is boilerplate exactly when it is in `all`.
  const allGrams = meaningfulGrams(rawAll, limit);
  const titleGrams = rawTitles.map((grams, i) => new Set([...grams].filter((gram) => allGrams[i]?.has(gram))));
  const titleIndex = invert(titleGrams);
  const allIndex = invert(allGrams);
  const departmentIds = new Map<string, number>();
  const department = Int32Array.from(plans, ({ leadDepartmentId }) => {
    if (!departmentIds.has(leadDepartmentId)) departmentIds.set(leadDepartmentId, departmentIds.size);
    return departmentIds.get(leadDepartmentId) ?? 0;
  });
  const sharedTitle = new Int32Array(plans.length);
  const sharedAll = new Int32Array(plans.length);
  const found: { i: number; j: number; similarity: number }[] = [];

  for (let i = 0; i < plans.length; i++) {
    const mine = allGrams[i] ?? new Set<string>();
    const myTitle = titleGrams[i] ?? new Set<string>();
    const touched: number[] = [];
    countShared(i, mine, allIndex, department, sharedAll, touched);
    // Title grams are a subset of all grams, so `touched` already holds every title match.
    countShared(i, myTitle, titleIndex, department, sharedTitle, []);
    for (const j of touched) {
      const similarity = Math.max(
        jaccard(sharedTitle[j] ?? 0, myTitle.size, titleGrams[j]?.size ?? 0),
        TITLE_AND_AIM_WEIGHT * jaccard(sharedAll[j] ?? 0, mine.size, allGrams[j]?.size ?? 0),
      );
      if (similarity >= threshold) found.push({ i, j, similarity });
      sharedAll[j] = 0;
      sharedTitle[j] = 0;
    }
  }

  return found
    .sort((a, b) => b.similarity - a.similarity || a.i - b.i || a.j - b.j)
    .map(({ i, j, similarity }): LikelyDuplicate => ({ planIds: [plans[i]?.id ?? '', plans[j]?.id ?? ''], similarity }));
}
