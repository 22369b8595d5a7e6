import { z } from 'zod';

export const IdSchema = z.uuid();

/** A calendar date in Japan time, as the municipality writes it on its documents. */
export const IsoDateSchema = z.iso.date();

export const TimestampSchema = z.iso.datetime({ offset: true });

/** Optimistic-concurrency token: a save quoting an older version is refused with `edit_conflict`. */
export const VersionSchema = z.number().int().nonnegative();

export const FiscalYearSchema = z.number().int().min(1868).max(9999);

export const shortText = (max = 100) => z.string().trim().min(1).max(max);

export const PageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
