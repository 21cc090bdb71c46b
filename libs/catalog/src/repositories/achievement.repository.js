"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AchievementRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const entities_1 = require("../entities");
const listing_1 = require("./listing");
let AchievementRepository = class AchievementRepository {
    findByIds(em, ids) {
        return ids.length ? em.find(entities_1.AchievementEntity, { where: { id: (0, typeorm_1.In)([...ids]) } }) : Promise.resolve([]);
    }
    findByKeys(em, keys) {
        return keys.length ? em.find(entities_1.AchievementEntity, { where: { key: (0, typeorm_1.In)([...keys]) } }) : Promise.resolve([]);
    }
    async *streamAll(em, batchSize) {
        let lastId = '00000000-0000-0000-0000-000000000000';
        for (;;) {
            const batch = await em.createQueryBuilder(entities_1.AchievementEntity, 'a').where('a.id > :lastId', { lastId }).orderBy('a.id').take(batchSize).getMany();
            if (!batch.length)
                return;
            yield batch;
            lastId = batch[batch.length - 1].id;
        }
    }
    listVisible(em, filter, scope, first, after) {
        const qb = em.createQueryBuilder(entities_1.AchievementEntity, 'a');
        if (scope) {
            qb.andWhere(new typeorm_1.Brackets((w) => {
                w.where(`a.status = 'PUBLISHED' AND (a.valid_until IS NULL OR a.valid_until >= :today)`, { today: scope.today });
                if (scope.ownOrgId)
                    w.orWhere('a.org_id = :ownOrgId', { ownOrgId: scope.ownOrgId });
            }));
        }
        if (filter.industries?.length)
            qb.andWhere('a.industry IN (:...industries)', { industries: filter.industries });
        if (filter.statuses?.length)
            qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
        if (filter.orgIds?.length)
            qb.andWhere('a.org_id IN (:...orgIds)', { orgIds: filter.orgIds });
        if (filter.trlMin !== undefined)
            qb.andWhere('a.trl >= :trlMin', { trlMin: filter.trlMin });
        if (filter.trlMax !== undefined)
            qb.andWhere('a.trl <= :trlMax', { trlMax: filter.trlMax });
        if (filter.cooperationModes?.length)
            qb.andWhere('a.cooperation_modes && :modes::text[]', { modes: filter.cooperationModes });
        return (0, listing_1.keysetPage)(qb, 'a', first, after);
    }
    insert(em, values) {
        return em.save(entities_1.AchievementEntity, em.create(entities_1.AchievementEntity, { ...values, version: 1 }));
    }
    async updateIfVersion(em, id, version, values) {
        const result = await em
            .createQueryBuilder()
            .update(entities_1.AchievementEntity)
            .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
            .where('id = :id AND version = :version', { id, version })
            .execute();
        return (result.affected ?? 0) === 1;
    }
};
exports.AchievementRepository = AchievementRepository;
exports.AchievementRepository = AchievementRepository = __decorate([
    (0, common_1.Injectable)()
], AchievementRepository);
//# sourceMappingURL=achievement.repository.js.map