import { isValidLocalGovernmentCode, normalizeInput } from '@gyokaku/domain';
import { DEFAULT_MUNICIPALITY_SETTINGS, LoginIdSchema, PasswordSchema } from '@gyokaku/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword } from '../auth/password.js';
import { insertUser, loginIdExists, replaceRoles } from '../users/user.repository.js';
import { insertMunicipality } from './municipality.repository.js';

/**
 * Adds a municipality to the deployment with its first secretariat account, who then manages
 * the rest (departments, users, settings) in the app. An operator's task, run from the command line.
 */
export async function provisionMunicipality(options: {
  db: Kysely<Database>;
  code: string;
  name: string;
  admin: { loginId: string; displayName: string; password: string };
}): Promise<{ municipalityId: string; adminId: string }> {
  const code = normalizeInput(options.code);
  if (!isValidLocalGovernmentCode(code)) {
    throw new AppError(422, 'invalid_local_government_code', `全国地方公共団体コード「${options.code}」は正しくありません（6桁、検査数字付き）。`);
  }
  const name = options.name.trim();
  if (!name) throw new AppError(400, 'validation_failed', '自治体名を入力してください。');
  const loginId = LoginIdSchema.parse(options.admin.loginId);
  const password = PasswordSchema.parse(options.admin.password);
  const passwordHash = await hashPassword(password);
  return options.db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('municipality').select('id').where('code', '=', code).executeTakeFirst();
    if (taken) throw new AppError(409, 'municipality_code_taken', `コード ${code} の自治体は既に登録されています。`);
    if (await loginIdExists(trx, loginId)) throw new AppError(409, 'login_id_taken', 'このログインIDは既に使われています。');
    const municipalityId = await insertMunicipality(trx, { code, name, settings: DEFAULT_MUNICIPALITY_SETTINGS });
    const adminId = await insertUser(trx, { municipalityId, loginId, displayName: options.admin.displayName, passwordHash });
    await replaceRoles(trx, municipalityId, adminId, [{ role: 'secretariat', departmentId: null }]);
    await recordAudit(trx, {
      municipalityId,
      actorId: null,
      action: 'provisioned',
      entityType: 'municipality',
      entityId: municipalityId,
      after: { code, name, admin: loginId },
    });
    return { municipalityId, adminId };
  });
}
