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
exports.NeedService = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("../../../core/src/index.js");
const database_1 = require("../../../database/src/index.js");
const identity_1 = require("../../../identity/src/index.js");
const visibility_1 = require("../domain/visibility");
const need_repository_1 = require("../repositories/need.repository");
const versioned_write_1 = require("./versioned-write");
let NeedService = class NeedService {
    db;
    needs;
    orgs;
    constructor(db, needs, orgs) {
        this.db = db;
        this.needs = needs;
        this.orgs = orgs;
    }
    async findVisibleByIds(actor, ids) {
        const rows = await this.db.read((em) => this.needs.findByIds(em, ids));
        const byId = new Map(rows.filter((n) => (0, visibility_1.canSeeNeed)(actor, n)).map((n) => [n.id, (0, visibility_1.viewNeed)(actor, n)]));
        return ids.map((id) => byId.get(id) ?? null);
    }
    async get(actor, ref) {
        if (!ref.id && !ref.key)
            throw (0, core_1.badInput)('id', 'or key must be given');
        const [row] = await this.db.read((em) => (ref.id ? this.needs.findByIds(em, [ref.id]) : this.needs.findByKeys(em, [ref.key])));
        if (!row || !(0, visibility_1.canSeeNeed)(actor, row))
            throw (0, core_1.notFound)('Need', ref.id ?? ref.key ?? undefined);
        return (0, visibility_1.viewNeed)(actor, row);
    }
    async getInternal(actor, id) {
        const [row] = await this.db.read((em) => this.needs.findByIds(em, [id]));
        if (!row || !(0, visibility_1.canSeeNeed)(actor, row))
            throw (0, core_1.notFound)('Need', id);
        return row;
    }
    async list(actor, filter, first, after) {
        const scope = (0, core_1.isAlliance)(actor) ? null : { ownOrgId: actor.orgId };
        const page = await this.db.read((em) => this.needs.listVisible(em, filter, scope, first, after));
        return { ...page, items: page.items.map((n) => (0, visibility_1.viewNeed)(actor, n)) };
    }
    async create(actor, input) {
        const orgId = input.orgId ?? actor.orgId;
        if (!(0, visibility_1.canEditNeed)(actor, orgId))
            throw (0, core_1.forbidden)('R&D leads post needs for their own enterprise only');
        this.checkDeadline(input.deadline);
        return this.db.transaction(async (em) => {
            const [org] = await this.orgs.findByIds(em, [orgId]);
            if (!org)
                throw (0, core_1.badInput)('orgId', 'does not name an existing organization');
            if (org.kind !== core_1.OrganizationKind.ENTERPRISE)
                throw (0, core_1.badInput)('orgId', 'must name an enterprise');
            if ((await this.needs.findByKeys(em, [input.key])).length)
                throw (0, core_1.badInput)('key', `${input.key} is already used by another need`);
            const values = { ...input, orgId, status: core_1.NeedStatus.DRAFT };
            const row = await this.needs.insert(em, values);
            await (0, database_1.appendAudit)(em, { actorUserId: actor.userId, entityType: 'NEED', entityId: row.id, action: 'CREATE', changes: { ...values } });
            await (0, database_1.enqueueSearchSync)(em, 'NEED', row.id);
            return row;
        });
    }
    update(actor, id, version, patch) {
        if (patch.deadline !== undefined)
            this.checkDeadline(patch.deadline);
        return this.change(actor, id, version, 'UPDATE', (row) => {
            if (row.status === core_1.NeedStatus.CLOSED)
                throw (0, core_1.badInput)('status', 'a CLOSED need cannot be edited; renew it first');
            return patch;
        });
    }
    publish(actor, id, version) {
        return this.change(actor, id, version, 'OPEN', (row) => {
            if (row.status !== core_1.NeedStatus.DRAFT)
                throw (0, core_1.badInput)('status', `only a DRAFT can be opened (it is ${row.status})`);
            if (row.deadline && row.deadline < (0, visibility_1.today)())
                throw (0, core_1.badInput)('deadline', 'has passed; set a new deadline before opening');
            return { status: core_1.NeedStatus.OPEN };
        });
    }
    close(actor, id, version) {
        return this.change(actor, id, version, 'CLOSE', (row) => {
            if (row.status === core_1.NeedStatus.CLOSED)
                throw (0, core_1.badInput)('status', 'is already CLOSED');
            return { status: core_1.NeedStatus.CLOSED };
        });
    }
    renew(actor, id, version, deadline) {
        this.checkDeadline(deadline);
        return this.change(actor, id, version, 'RENEW', (row) => {
            if (row.status === core_1.NeedStatus.DRAFT)
                throw (0, core_1.badInput)('status', 'a DRAFT is opened, not renewed');
            return { status: core_1.NeedStatus.OPEN, deadline };
        });
    }
    checkDeadline(deadline) {
        if (deadline && deadline < (0, visibility_1.today)())
            throw (0, core_1.badInput)('deadline', 'must not be in the past');
    }
    change(actor, id, version, action, compute) {
        return this.db.transaction((em) => (0, versioned_write_1.applyVersionedChange)(em, this.needs, actor, id, version, {
            kind: 'NEED',
            label: 'Need',
            action,
            authorize: (row) => {
                if (!(0, visibility_1.canSeeNeed)(actor, row))
                    throw (0, core_1.notFound)('Need', id);
                if (!(0, visibility_1.canEditNeed)(actor, row.orgId)) {
                    throw (0, visibility_1.isInsider)(actor, row) ? (0, core_1.forbidden)('Only R&D leads edit their enterprise’s needs') : (0, core_1.forbidden)('R&D leads edit their own enterprise’s needs only');
                }
            },
            compute,
        }));
    }
};
exports.NeedService = NeedService;
exports.NeedService = NeedService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [database_1.Database,
        need_repository_1.NeedRepository,
        identity_1.OrganizationRepository])
], NeedService);
//# sourceMappingURL=need.service.js.map