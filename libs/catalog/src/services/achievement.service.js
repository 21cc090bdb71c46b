"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AchievementService = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("../../../core/src/index.js");
const database_1 = require("../../../database/src/index.js");
const identity_1 = require("../../../identity/src/index.js");
const visibility_1 = require("../domain/visibility");
const dates_1 = require("../domain/dates");
const achievement_repository_1 = require("../repositories/achievement.repository");
const versioned_write_1 = require("./versioned-write");
let AchievementService = class AchievementService {
    db;
    achievements;
    orgs;
    constructor(db, achievements, orgs) {
        this.db = db;
        this.achievements = achievements;
        this.orgs = orgs;
    }
    async findVisibleByIds(actor, ids) {
        const rows = await this.db.read((em) => this.achievements.findByIds(em, ids));
        const day = (0, visibility_1.today)();
        const byId = new Map(rows.filter((a) => (0, visibility_1.canSeeAchievement)(actor, a, day)).map((a) => [a.id, a]));
        return ids.map((id) => byId.get(id) ?? null);
    }
    async get(actor, ref) {
        if (!ref.id && !ref.key)
            throw (0, core_1.badInput)('id', 'or key must be given');
        const [row] = await this.db.read((em) => (ref.id ? this.achievements.findByIds(em, [ref.id]) : this.achievements.findByKeys(em, [ref.key])));
        if (!row || !(0, visibility_1.canSeeAchievement)(actor, row))
            throw (0, core_1.notFound)('Achievement', ref.id ?? ref.key ?? undefined);
        return row;
    }
    list(actor, filter, first, after) {
        const scope = (0, core_1.isAlliance)(actor) ? null : { ownOrgId: actor.orgId, today: (0, visibility_1.today)() };
        return this.db.read((em) => this.achievements.listVisible(em, filter, scope, first, after));
    }
    async create(actor, input) {
        const orgId = input.orgId ?? actor.orgId;
        if (!(0, visibility_1.canEditAchievement)(actor, orgId))
            throw (0, core_1.forbidden)('Officers post achievements for their own university only');
        return this.db.transaction(async (em) => {
            const [org] = await this.orgs.findByIds(em, [orgId]);
            if (!org)
                throw (0, core_1.badInput)('orgId', 'does not name an existing organization');
            if (org.kind !== core_1.OrganizationKind.UNIVERSITY)
                throw (0, core_1.badInput)('orgId', 'must name a university or research institute');
            if ((await this.achievements.findByKeys(em, [input.key])).length)
                throw (0, core_1.badInput)('key', `${input.key} is already used by another achievement`);
            const values = { ...input, orgId, status: core_1.AchievementStatus.DRAFT, publishedAt: null, validUntil: input.validUntil ?? null };
            const row = await this.achievements.insert(em, values);
            await (0, database_1.appendAudit)(em, { actorUserId: actor.userId, entityType: 'ACHIEVEMENT', entityId: row.id, action: 'CREATE', changes: { ...values } });
            await (0, database_1.enqueueSearchSync)(em, 'ACHIEVEMENT', row.id);
            return row;
        });
    }
    update(actor, id, version, patch) {
        return this.change(actor, id, version, 'UPDATE', (row) => {
            if (row.status === core_1.AchievementStatus.ARCHIVED)
                throw (0, core_1.badInput)('status', 'ARCHIVED achievements cannot be edited; renew it first');
            return patch;
        });
    }
    publish(actor, id, version) {
        return this.change(actor, id, version, 'PUBLISH', (row) => {
            if (row.status !== core_1.AchievementStatus.DRAFT)
                throw (0, core_1.badInput)('status', `only a DRAFT can be published (it is ${row.status})`);
            const day = (0, visibility_1.today)();
            const validUntil = row.validUntil && row.validUntil > day ? row.validUntil : (0, dates_1.addYears)(day, 1);
            return { status: core_1.AchievementStatus.PUBLISHED, publishedAt: day, validUntil };
        });
    }
    archive(actor, id, version) {
        return this.change(actor, id, version, 'ARCHIVE', (row) => {
            if (row.status === core_1.AchievementStatus.ARCHIVED)
                throw (0, core_1.badInput)('status', 'is already ARCHIVED');
            return { status: core_1.AchievementStatus.ARCHIVED };
        });
    }
    renew(actor, id, version, validUntil) {
        return this.change(actor, id, version, 'RENEW', (row) => {
            if (row.status === core_1.AchievementStatus.DRAFT)
                throw (0, core_1.badInput)('status', 'a DRAFT is published, not renewed');
            const day = (0, visibility_1.today)();
            if (validUntil && validUntil <= day)
                throw (0, core_1.badInput)('validUntil', 'must be in the future');
            return { status: core_1.AchievementStatus.PUBLISHED, validUntil: validUntil ?? (0, dates_1.addYears)(day, 1) };
        });
    }
    change(actor, id, version, action, compute) {
        return this.db.transaction((em) => (0, versioned_write_1.applyVersionedChange)(em, this.achievements, actor, id, version, {
            kind: 'ACHIEVEMENT',
            label: 'Achievement',
            action,
            authorize: (row) => {
                if (!(0, visibility_1.canSeeAchievement)(actor, row))
                    throw (0, core_1.notFound)('Achievement', id);
                if (!(0, visibility_1.canEditAchievement)(actor, row.orgId))
                    throw (0, core_1.forbidden)('Officers edit their own university’s achievements only');
            },
            compute,
        }));
    }
};
exports.AchievementService = AchievementService;
exports.AchievementService = AchievementService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [database_1.Database,
        achievement_repository_1.AchievementRepository,
        identity_1.OrganizationRepository])
], AchievementService);
//# sourceMappingURL=achievement.service.js.map