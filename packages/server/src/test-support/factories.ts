import { randomInt } from 'node:crypto';
import { DEFAULT_MUNICIPALITY_SETTINGS, type OutlineStatus } from '@gyokaku/contracts';
import { localGovernmentCheckDigit, type Role } from '@gyokaku/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { DEMO_MUNICIPALITY_CODE } from '../demo/seed-demo.js';
import { hashPassword } from '../features/auth/password.js';
import { insertMunicipality } from '../features/municipality/municipality.repository.js';
import { endDepartments, insertDepartment, insertDivision } from '../features/organisation/organisation.repository.js';
import { insertFrameworkNode, insertOutline } from '../features/outline/outline.repository.js';
import { insertUser, replaceRoles, updateUser } from '../features/users/user.repository.js';

/** The password every factory-made user gets unless a test says otherwise (12+ characters). */
export const TEST_PASSWORD = 'test-password-0123';

/** A day long before any test date, so a factory-made division or department is in force "today". */
export const LONG_AGO = '2000-04-01';

export interface GrantInput {
  role: Role;
  departmentId?: string | null;
}

export interface TestUser {
  id: string;
  municipalityId: string;
  loginId: string;
  displayName: string;
  password: string;
}

// argon2 takes ~80 ms per hash: each distinct password is hashed once per test file (module instance).
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = hashPassword(password)));
  return hash;
};

let sequence = 0;
/** Unique within the file and random across files, so names never collide in a shared database. */
const unique = (prefix: string) => `${prefix}${randomInt(1e6).toString(36)}${(++sequence).toString(36)}`;

const usedCodes = new Set<string>([DEMO_MUNICIPALITY_CODE]);
/** A valid 全国地方公共団体コード (prefecture 01–47 + 3 digits + check digit) not handed out before. */
function newMunicipalityCode(): string {
  for (;;) {
    const first5 = `${String(randomInt(1, 48)).padStart(2, '0')}${String(randomInt(1000)).padStart(3, '0')}`;
    const code = `${first5}${localGovernmentCheckDigit(first5)}`;
    if (!usedCodes.has(code)) {
      usedCodes.add(code);
      return code;
    }
  }
}

/** Small factories that write through the features' repositories, each making its own data. */
export function createFactories(db: Kysely<Database>) {
  async function createMunicipality(input: { code?: string; name?: string } = {}) {
    const code = input.code ?? newMunicipalityCode();
    const name = input.name ?? `${unique('テスト市')}`;
    const id = await insertMunicipality(db, { code, name, settings: DEFAULT_MUNICIPALITY_SETTINGS });
    return { id, code, name };
  }

  async function createDivision(input: { municipalityId: string; name?: string; validFrom?: string }) {
    const row = await insertDivision(db, {
      municipalityId: input.municipalityId,
      name: input.name ?? unique('部'),
      validFrom: input.validFrom ?? LONG_AGO,
    });
    return { id: row.id, municipalityId: row.municipality_id, name: row.name, validFrom: row.valid_from };
  }

  /** A department under the given division, or under a new one; `validTo` ends it on that day. */
  async function createDepartment(input: {
    municipalityId: string;
    divisionId?: string;
    name?: string;
    validFrom?: string;
    validTo?: string;
  }) {
    const divisionId = input.divisionId ?? (await createDivision({ municipalityId: input.municipalityId })).id;
    const row = await insertDepartment(db, {
      municipalityId: input.municipalityId,
      divisionId,
      name: input.name ?? unique('課'),
      validFrom: input.validFrom ?? LONG_AGO,
    });
    if (input.validTo) await endDepartments(db, input.municipalityId, [row.id], input.validTo);
    return { id: row.id, municipalityId: row.municipality_id, divisionId, name: row.name, validFrom: row.valid_from };
  }

  async function createUser(input: {
    municipalityId: string;
    roles?: GrantInput[];
    password?: string;
    loginId?: string;
    displayName?: string;
    active?: boolean;
  }): Promise<TestUser> {
    const password = input.password ?? TEST_PASSWORD;
    const loginId = input.loginId ?? unique('user-');
    const displayName = input.displayName ?? unique('職員 ');
    const id = await insertUser(db, {
      municipalityId: input.municipalityId,
      loginId,
      displayName,
      passwordHash: await hashOnce(password),
    });
    const roles = input.roles ?? [{ role: 'secretariat' }];
    await replaceRoles(
      db,
      input.municipalityId,
      id,
      roles.map((r) => ({ role: r.role, departmentId: r.departmentId ?? null })),
    );
    if (input.active === false) {
      await updateUser(db, { municipalityId: input.municipalityId, id, displayName, active: false, version: 0 });
    }
    return { id, municipalityId: input.municipalityId, loginId, displayName, password };
  }

  /** An outline with one top-level heading per title in `headings`. */
  async function createOutline(input: {
    municipalityId: string;
    title?: string;
    startFiscalYear?: number;
    status?: OutlineStatus;
    headings?: string[];
  }) {
    const startFiscalYear = input.startFiscalYear ?? 2023;
    const id = await insertOutline(db, {
      municipalityId: input.municipalityId,
      title: input.title ?? unique('行政改革大綱'),
      theme: '',
      startFiscalYear,
      endFiscalYear: startFiscalYear + 4,
      status: input.status ?? 'in_force',
      predecessorId: null,
      frameworkLevels: null,
    });
    for (const [position, title] of (input.headings ?? ['基本方針1']).entries()) {
      await insertFrameworkNode(db, { municipalityId: input.municipalityId, outlineId: id, parentId: null, depth: 0, position, title });
    }
    return { id };
  }

  return { createMunicipality, createDivision, createDepartment, createUser, createOutline };
}

export type Factories = ReturnType<typeof createFactories>;
