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
exports.AchievementEntity = void 0;
const typeorm_1 = require("typeorm");
const core_1 = require("../../../core/src/index.js");
let AchievementEntity = class AchievementEntity {
    id;
    key;
    orgId;
    title;
    summary;
    industry;
    keywords;
    trl;
    ip;
    cooperationModes;
    askingPriceWan;
    team;
    contact;
    status;
    publishedAt;
    validUntil;
    version;
    createdAt;
    updatedAt;
};
exports.AchievementEntity = AchievementEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], AchievementEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { unique: true }),
    __metadata("design:type", String)
], AchievementEntity.prototype, "key", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'org_id' }),
    __metadata("design:type", String)
], AchievementEntity.prototype, "orgId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AchievementEntity.prototype, "title", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AchievementEntity.prototype, "summary", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AchievementEntity.prototype, "industry", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { array: true }),
    __metadata("design:type", Array)
], AchievementEntity.prototype, "keywords", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], AchievementEntity.prototype, "trl", void 0);
__decorate([
    (0, typeorm_1.Column)('jsonb'),
    __metadata("design:type", Array)
], AchievementEntity.prototype, "ip", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'cooperation_modes', array: true }),
    __metadata("design:type", Array)
], AchievementEntity.prototype, "cooperationModes", void 0);
__decorate([
    (0, typeorm_1.Column)('double precision', { name: 'asking_price_wan', nullable: true }),
    __metadata("design:type", Object)
], AchievementEntity.prototype, "askingPriceWan", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AchievementEntity.prototype, "team", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AchievementEntity.prototype, "contact", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], AchievementEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)('date', { name: 'published_at', nullable: true }),
    __metadata("design:type", Object)
], AchievementEntity.prototype, "publishedAt", void 0);
__decorate([
    (0, typeorm_1.Column)('date', { name: 'valid_until', nullable: true }),
    __metadata("design:type", Object)
], AchievementEntity.prototype, "validUntil", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], AchievementEntity.prototype, "version", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], AchievementEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.UpdateDateColumn)({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], AchievementEntity.prototype, "updatedAt", void 0);
exports.AchievementEntity = AchievementEntity = __decorate([
    (0, typeorm_1.Entity)('achievements')
], AchievementEntity);
//# sourceMappingURL=achievement.entity.js.map