import { MunicipalitySettingsSchema, type Municipality, type MunicipalitySettings } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export async function findMunicipality(db: Db, municipalityId: string): Promise<Municipality | undefined> {
  const row = await db
    .selectFrom('municipality')
    .select(['id', 'code', 'name', 'settings', 'version'])
    .where('id', '=', municipalityId)
    .executeTakeFirst();
  return row && { ...row, settings: MunicipalitySettingsSchema.parse(row.settings) };
}

export async function insertMunicipality(
  db: Db,
  municipality: { code: string; name: string; settings: MunicipalitySettings },
): Promise<string> {
  const row = await db
    .insertInto('municipality')
    .values({ code: municipality.code, name: municipality.name, settings: JSON.stringify(municipality.settings) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSettings(
  db: Db,
  update: { municipalityId: string; settings: MunicipalitySettings; version: number },
): Promise<boolean> {
  const result = await db
    .updateTable('municipality')
    .set((eb) => ({ settings: JSON.stringify(update.settings), version: eb('version', '+', 1) }))
    .where('id', '=', update.municipalityId)
    .where('version', '=', update.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
