"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.NeedRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const entities_1 = require("../entities");
const listing_1 = require("./listing");
let NeedRepository = class NeedRepository {
    findByIds(em, ids) {
        return ids.length ? em.find(entities_1.NeedEntity, { where: { id: (0, typeorm_1.In)([...ids]) } }) : Promise.resolve([]);
    }
    findByKeys(em, keys) {
        return keys.length ? em.find(entities_1.NeedEntity, { where: { key: (0, typeorm_1.In)([...keys]) } }) : Promise.resolve([]);
    }
    async *streamAll(em, batchSize) {
        let lastId = '00000000-0000-0000-0000-000000000000';
        for (;;) {
            const batch = await em.createQueryBuilder(entities_1.NeedEntity, 'n').where('n.id > :lastId', { lastId }).orderBy('n.id').take(batchSize).getMany();
            if (!batch.length)
                return;
            yield batch;
            lastId = batch[batch.length - 1].id;
        }
    }
    listVisible(em, filter, scope, first, after) {
        const qb = em.createQueryBuilder(entities_1.NeedEntity, 'n');
        const hiddenFieldFilter = !!(filter.orgIds?.length || filter.trlMin !== undefined || filter.trlMax !== undefined || filter.cooperationModes?.length);
        if (scope) {
            qb.andWhere(new typeorm_1.Brackets((w) => {
                w.where(hiddenFieldFilter ? `n.status = 'OPEN' AND NOT n.confidential` : `n.status = 'OPEN'`).orWhere('n.org_id = :ownOrgId', {
                    ownOrgId: scope.ownOrgId,
                });
            }));
        }
        if (filter.industries?.length)
            qb.andWhere('n.industry IN (:...industries)', { industries: filter.industries });
        if (filter.statuses?.length)
            qb.andWhere('n.status IN (:...statuses)', { statuses: filter.statuses });
        if (filter.orgIds?.length)
            qb.andWhere('n.org_id IN (:...orgIds)', { orgIds: filter.orgIds });
        if (filter.trlMin !== undefined)
            qb.andWhere('n.min_trl >= :trlMin', { trlMin: filter.trlMin });
        if (filter.trlMax !== undefined)
            qb.andWhere('n.min_trl <= :trlMax', { trlMax: filter.trlMax });
        if (filter.cooperationModes?.length)
            qb.andWhere('n.cooperation_modes && :modes::text[]', { modes: filter.cooperationModes });
        return (0, listing_1.keysetPage)(qb, 'n', first, after);
    }
    insert(em, values) {
        return em.save(entities_1.NeedEntity, em.create(entities_1.NeedEntity, { ...values, version: 1 }));
    }
    async updateIfVersion(em, id, version, values) {
        const result = await em
            .createQueryBuilder()
            .update(entities_1.NeedEntity)
            .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
            .where('id = :id AND version = :version', { id, version })
            .execute();
        return (result.affected ?? 0) === 1;
    }
};
exports.NeedRepository = NeedRepository;
exports.NeedRepository = NeedRepository = __decorate([
    (0, common_1.Injectable)()
], NeedRepository);
//# sourceMappingURL=need.repository.js.map