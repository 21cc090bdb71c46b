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
exports.CatalogImporter = void 0;
const common_1 = require("@nestjs/common");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
const core_1 = require("../../../core/src/index.js");
const database_1 = require("../../../database/src/index.js");
const identity_1 = require("../../../identity/src/index.js");
const dates_1 = require("../domain/dates");
const visibility_1 = require("../domain/visibility");
const achievement_repository_1 = require("../repositories/achievement.repository");
const need_repository_1 = require("../repositories/need.repository");
const records_1 = require("./records");
const upsert_1 = require("./upsert");
const FILES = [
    ['organizations.json', records_1.OrganizationRecord],
    ['achievements.json', records_1.AchievementRecord],
    ['needs.json', records_1.NeedRecord],
];
function flatten(errors, prefix = '') {
    return errors.flatMap((e) => {
        const field = prefix ? `${prefix}.${e.property}` : e.property;
        const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
        return [...own, ...flatten(e.children ?? [], field)];
    });
}
let CatalogImporter = class CatalogImporter {
    db;
    orgs;
    achievements;
    needs;
    constructor(db, orgs, achievements, needs) {
        this.db = db;
        this.orgs = orgs;
        this.achievements = achievements;
        this.needs = needs;
    }
    async importDir(dir, actorUserId = null, progress = () => undefined) {
        const problems = [];
        const parsed = {};
        for (const [file, cls] of FILES) {
            parsed[file] = await this.readAndValidate(dir, file, cls, problems, progress);
        }
        const orgRecords = parsed['organizations.json'];
        const achRecords = parsed['achievements.json'];
        const needRecords = parsed['needs.json'];
        this.checkCrossReferences(orgRecords, achRecords, needRecords, problems);
        const empty = { created: 0, updated: 0, unchanged: 0 };
        if (problems.length)
            return { ok: false, problems, organizations: empty, achievements: empty, needs: empty };
        return this.db.transaction(async (em) => {
            const unknownOrgs = await this.resolveOrgKeys(em, orgRecords, achRecords, needRecords, problems);
            if (unknownOrgs)
                return { ok: false, problems, organizations: empty, achievements: empty, needs: empty };
            const organizations = await (0, upsert_1.upsertRows)(em, this.orgs, orgRecords, (r) => ({ key: r.key, name: r.name, kind: r.kind, region: r.region, creditCode: r.creditCode ?? null }), null, progress, 'organizations');
            const orgIds = new Map((await this.orgs.findByKeys(em, [...new Set([...achRecords, ...needRecords].map((r) => r.orgKey))])).map((o) => [o.key, o.id]));
            const validFrom = (0, visibility_1.today)();
            const achievements = await (0, upsert_1.upsertRows)(em, this.achievements, achRecords, (r) => ({
                key: r.key, orgId: orgIds.get(r.orgKey), title: r.title, summary: r.summary, industry: r.industry, keywords: r.keywords, trl: r.trl,
                ip: r.ip.map((i) => ({ type: i.type, number: i.number })), cooperationModes: r.cooperationModes, askingPriceWan: r.askingPriceWan,
                team: r.team, contact: r.contact ?? '', status: core_1.AchievementStatus.PUBLISHED, publishedAt: r.publishedAt,
                validUntil: r.validUntil ?? (0, dates_1.addYears)(validFrom, 1),
            }), (r) => (r.validUntil ? [] : ['validUntil', 'status']), progress, 'achievements');
            const needs = await (0, upsert_1.upsertRows)(em, this.needs, needRecords, (r) => ({
                key: r.key, orgId: orgIds.get(r.orgKey), title: r.title, description: r.description, industry: r.industry, keywords: r.keywords,
                minTrl: r.minTrl, budgetWan: r.budgetWan, cooperationModes: r.cooperationModes, deadline: r.deadline, confidential: r.confidential,
                contact: r.contact ?? '', status: core_1.NeedStatus.OPEN,
            }), () => ['status'], progress, 'needs');
            for (const [type, ids] of [['ACHIEVEMENT', achievements.changedIds], ['NEED', needs.changedIds]]) {
                for (const id of ids)
                    await (0, database_1.enqueueSearchSync)(em, type, id);
            }
            const counts = { organizations: organizations.counts, achievements: achievements.counts, needs: needs.counts };
            await (0, database_1.appendAudit)(em, { actorUserId, entityType: 'IMPORT', entityId: '00000000-0000-0000-0000-000000000000', action: 'IMPORT', changes: { dir, ...counts } });
            return { ok: true, problems: [], ...counts };
        });
    }
    async readAndValidate(dir, file, cls, problems, progress) {
        let raw;
        try {
            raw = JSON.parse(await (0, promises_1.readFile)((0, node_path_1.join)(dir, file), 'utf8'));
        }
        catch (error) {
            const missing = error.code === 'ENOENT';
            if (missing && file === 'organizations.json')
                return [];
            problems.push({ file, record: '-', field: '-', message: missing ? 'file not found' : `not valid JSON: ${error.message}` });
            return [];
        }
        if (!Array.isArray(raw)) {
            problems.push({ file, record: '-', field: '-', message: 'must be a JSON array' });
            return [];
        }
        const records = [];
        const seen = new Set();
        for (let i = 0; i < raw.length; i++) {
            const item = raw[i];
            const label = item && typeof item === 'object' && typeof item.key === 'string' ? `${item.key} (#${i})` : `#${i}`;
            if (!item || typeof item !== 'object') {
                problems.push({ file, record: label, field: '-', message: 'must be an object' });
                continue;
            }
            const record = (0, class_transformer_1.plainToInstance)(cls, item);
            for (const p of flatten(await (0, class_validator_1.validate)(record, { forbidUnknownValues: true })))
                problems.push({ file, record: label, ...p });
            const key = record.key;
            if (key && seen.has(key))
                problems.push({ file, record: label, field: 'key', message: `duplicate key ${key} in this file` });
            if (key)
                seen.add(key);
            if (record instanceof records_1.OrganizationRecord && record.creditCode && !(0, core_1.isValidUscc)(record.creditCode)) {
                problems.push({ file, record: label, field: 'creditCode', message: 'creditCode is not a valid 统一社会信用代码' });
            }
            records.push(record);
            if ((i + 1) % 1000 === 0)
                progress(`validate ${file}`, i + 1, raw.length);
        }
        return records;
    }
    checkCrossReferences(orgs, achievements, needs, problems) {
        const kinds = new Map(orgs.map((o) => [o.key, o.kind]));
        const check = (file, r, index, kind) => {
            const found = kinds.get(r.orgKey);
            if (found && found !== kind)
                problems.push({ file, record: `${r.key} (#${index})`, field: 'orgKey', message: `orgKey ${r.orgKey} is a ${found}, expected ${kind}` });
        };
        achievements.forEach((r, i) => check('achievements.json', r, i, 'UNIVERSITY'));
        needs.forEach((r, i) => check('needs.json', r, i, 'ENTERPRISE'));
    }
    async resolveOrgKeys(em, orgs, achievements, needs, problems) {
        const inFile = new Set(orgs.map((o) => o.key));
        const wanted = [...new Set([...achievements, ...needs].map((r) => r.orgKey).filter((k) => !inFile.has(k)))];
        const existing = new Map((await this.orgs.findByKeys(em, wanted)).map((o) => [o.key, o.kind]));
        const report = (file, list, kind) => list.forEach((r, i) => {
            if (inFile.has(r.orgKey))
                return;
            const found = existing.get(r.orgKey);
            if (!found)
                problems.push({ file, record: `${r.key} (#${i})`, field: 'orgKey', message: `orgKey ${r.orgKey} names no organization` });
            else if (found !== kind)
                problems.push({ file, record: `${r.key} (#${i})`, field: 'orgKey', message: `orgKey ${r.orgKey} is a ${found}, expected ${kind}` });
        });
        report('achievements.json', achievements, core_1.OrganizationKind.UNIVERSITY);
        report('needs.json', needs, core_1.OrganizationKind.ENTERPRISE);
        return problems.length > 0;
    }
};
exports.CatalogImporter = CatalogImporter;
exports.CatalogImporter = CatalogImporter = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [database_1.Database,
        identity_1.OrganizationRepository,
        achievement_repository_1.AchievementRepository,
        need_repository_1.NeedRepository])
], CatalogImporter);
//# sourceMappingURL=catalog-importer.js.map