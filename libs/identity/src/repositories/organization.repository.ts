import { Injectable } from '@nestjs/common';
import { updateIfVersion } from '@app/database';
import { EntityManager, In } from 'typeorm';
import { OrganizationKind } from '@app/core';
import { OrganizationEntity } from '../entities';

@Injectable()
export class OrganizationRepository {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<OrganizationEntity[]> {
    return ids.length ? em.find(OrganizationEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  findByKeys(em: EntityManager, keys: readonly string[]): Promise<OrganizationEntity[]> {
    return keys.length ? em.find(OrganizationEntity, { where: { key: In([...keys]) } }) : Promise.resolve([]);
  }

  findByName(em: EntityManager, name: string): Promise<OrganizationEntity | null> {
    return em.findOne(OrganizationEntity, { where: { name } });
  }

  findFirstOfKind(em: EntityManager, kind: OrganizationKind): Promise<OrganizationEntity | null> {
    return em.findOne(OrganizationEntity, { where: { kind }, order: { createdAt: 'ASC' } });
  }

  listAll(em: EntityManager, kind?: OrganizationKind): Promise<OrganizationEntity[]> {
    return em.find(OrganizationEntity, { where: kind ? { kind } : {}, order: { name: 'ASC' } });
  }

  insert(
    em: EntityManager,
    values: Omit<OrganizationEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>,
  ): Promise<OrganizationEntity> {
    return em.save(OrganizationEntity, em.create(OrganizationEntity, { ...values, version: 1 }));
  }

  /** Optimistic update: returns false when the row moved on since `version` was read. */
  updateIfVersion(
    em: EntityManager,
    id: string,
    version: number,
    values: Partial<OrganizationEntity>,
  ): Promise<boolean> {
    return updateIfVersion(em, OrganizationEntity, id, version, values as Partial<OrganizationEntity>);
  }
}
