import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { provisionMunicipality } from '../features/municipality/municipality.service.js';

const USAGE = `使い方: npm run municipality:create -- --code 131016 --name 千代田区 --login chiyoda-admin --admin-name "事務局 管理者" --password '12文字以上のパスワード'
（DATABASE_URL または GYOKAKU_DATA_DIR のデータベースに自治体と最初の事務局アカウントを追加します）`;

const { values } = parseArgs({
  options: {
    code: { type: 'string' },
    name: { type: 'string' },
    login: { type: 'string' },
    'admin-name': { type: 'string' },
    password: { type: 'string' },
  },
});
if (!values.code || !values.name || !values.login || !values.password) {
  console.error(USAGE);
  process.exit(2);
}

const handle = await openDatabase(readConfig().database);
try {
  await migrate(handle);
  const { municipalityId } = await provisionMunicipality({
    db: handle.db,
    code: values.code,
    name: values.name,
    admin: { loginId: values.login, displayName: values['admin-name'] ?? '事務局', password: values.password },
  });
  console.log(`${values.name}（${values.code}）を登録しました: ${municipalityId}。ログインID ${values.login} でログインできます。`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
