import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Database } from '@app/database';

/**
 * Without JWT_SECRET (development) the secret is generated once and kept in the database: the first process to start
 * writes it, every later start and every other process on the same database reads the same one.
 */
@Injectable()
export class JwtSecretStore {
  constructor(private readonly db: Database) {}

  load(): Promise<string> {
    return this.db.transaction(async (em) => {
      await em.query(`INSERT INTO app_secrets (name, value) VALUES ('jwt', $1) ON CONFLICT (name) DO NOTHING`, [
        randomBytes(32).toString('hex'),
      ]);
      const [row]: { value: string }[] = await em.query(`SELECT value FROM app_secrets WHERE name = 'jwt'`);
      return row.value;
    });
  }
}
