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
exports.NeedEntity = void 0;
const typeorm_1 = require("typeorm");
const core_1 = require("../../../core/src/index.js");
let NeedEntity = class NeedEntity {
    id;
    key;
    orgId;
    title;
    description;
    industry;
    keywords;
    minTrl;
    budgetWan;
    cooperationModes;
    deadline;
    confidential;
    contact;
    status;
    version;
    createdAt;
    updatedAt;
};
exports.NeedEntity = NeedEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], NeedEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { unique: true }),
    __metadata("design:type", String)
], NeedEntity.prototype, "key", void 0);
__decorate([
    (0, typeorm_1.Column)('uuid', { name: 'org_id' }),
    __metadata("design:type", String)
], NeedEntity.prototype, "orgId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], NeedEntity.prototype, "title", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], NeedEntity.prototype, "description", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], NeedEntity.prototype, "industry", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { array: true }),
    __metadata("design:type", Array)
], NeedEntity.prototype, "keywords", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { name: 'min_trl', nullable: true }),
    __metadata("design:type", Object)
], NeedEntity.prototype, "minTrl", void 0);
__decorate([
    (0, typeorm_1.Column)('double precision', { name: 'budget_wan', nullable: true }),
    __metadata("design:type", Object)
], NeedEntity.prototype, "budgetWan", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { name: 'cooperation_modes', array: true }),
    __metadata("design:type", Array)
], NeedEntity.prototype, "cooperationModes", void 0);
__decorate([
    (0, typeorm_1.Column)('date', { nullable: true }),
    __metadata("design:type", Object)
], NeedEntity.prototype, "deadline", void 0);
__decorate([
    (0, typeorm_1.Column)('boolean'),
    __metadata("design:type", Boolean)
], NeedEntity.prototype, "confidential", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], NeedEntity.prototype, "contact", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], NeedEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], NeedEntity.prototype, "version", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], NeedEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.UpdateDateColumn)({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], NeedEntity.prototype, "updatedAt", void 0);
exports.NeedEntity = NeedEntity = __decorate([
    (0, typeorm_1.Entity)('needs')
], NeedEntity);
//# sourceMappingURL=need.entity.js.map