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
exports.NeedRecord = exports.AchievementRecord = exports.IpRecord = exports.OrganizationRecord = void 0;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const core_1 = require("../../../core/src/index.js");
class OrganizationRecord {
    key;
    name;
    kind;
    region;
    creditCode;
}
exports.OrganizationRecord = OrganizationRecord;
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^[A-Za-z0-9_-]{1,64}$/),
    __metadata("design:type", String)
], OrganizationRecord.prototype, "key", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], OrganizationRecord.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.IsIn)(['UNIVERSITY', 'ENTERPRISE', 'ALLIANCE']),
    __metadata("design:type", String)
], OrganizationRecord.prototype, "kind", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], OrganizationRecord.prototype, "region", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    __metadata("design:type", String)
], OrganizationRecord.prototype, "creditCode", void 0);
class IpRecord {
    type;
    number;
}
exports.IpRecord = IpRecord;
__decorate([
    (0, class_validator_1.IsEnum)(core_1.IpType),
    __metadata("design:type", String)
], IpRecord.prototype, "type", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((_, v) => v !== null),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", Object)
], IpRecord.prototype, "number", void 0);
class AchievementRecord {
    key;
    orgKey;
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
    publishedAt;
    validUntil;
}
exports.AchievementRecord = AchievementRecord;
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^[A-Za-z0-9_-]{1,64}$/),
    __metadata("design:type", String)
], AchievementRecord.prototype, "key", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)(),
    __metadata("design:type", String)
], AchievementRecord.prototype, "orgKey", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], AchievementRecord.prototype, "title", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)(),
    (0, class_validator_1.MaxLength)(5000),
    __metadata("design:type", String)
], AchievementRecord.prototype, "summary", void 0);
__decorate([
    (0, class_validator_1.IsEnum)(core_1.Industry),
    __metadata("design:type", String)
], AchievementRecord.prototype, "industry", void 0);
__decorate([
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMaxSize)(20),
    (0, class_validator_1.IsString)({ each: true }),
    (0, class_validator_1.IsNotEmpty)({ each: true }),
    __metadata("design:type", Array)
], AchievementRecord.prototype, "keywords", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(9),
    __metadata("design:type", Number)
], AchievementRecord.prototype, "trl", void 0);
__decorate([
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => IpRecord),
    __metadata("design:type", Array)
], AchievementRecord.prototype, "ip", void 0);
__decorate([
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.IsEnum)(core_1.CooperationMode, { each: true }),
    __metadata("design:type", Array)
], AchievementRecord.prototype, "cooperationModes", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((_, v) => v !== null),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(10_000_000),
    __metadata("design:type", Object)
], AchievementRecord.prototype, "askingPriceWan", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], AchievementRecord.prototype, "team", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", String)
], AchievementRecord.prototype, "contact", void 0);
__decorate([
    (0, class_validator_1.IsDateString)({ strict: true }),
    __metadata("design:type", String)
], AchievementRecord.prototype, "publishedAt", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsDateString)({ strict: true }),
    __metadata("design:type", String)
], AchievementRecord.prototype, "validUntil", void 0);
class NeedRecord {
    key;
    orgKey;
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
}
exports.NeedRecord = NeedRecord;
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^[A-Za-z0-9_-]{1,64}$/),
    __metadata("design:type", String)
], NeedRecord.prototype, "key", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)(),
    __metadata("design:type", String)
], NeedRecord.prototype, "orgKey", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], NeedRecord.prototype, "title", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)(),
    (0, class_validator_1.MaxLength)(5000),
    __metadata("design:type", String)
], NeedRecord.prototype, "description", void 0);
__decorate([
    (0, class_validator_1.IsEnum)(core_1.Industry),
    __metadata("design:type", String)
], NeedRecord.prototype, "industry", void 0);
__decorate([
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMaxSize)(20),
    (0, class_validator_1.IsString)({ each: true }),
    (0, class_validator_1.IsNotEmpty)({ each: true }),
    __metadata("design:type", Array)
], NeedRecord.prototype, "keywords", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((_, v) => v !== null),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(9),
    __metadata("design:type", Object)
], NeedRecord.prototype, "minTrl", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((_, v) => v !== null),
    (0, class_validator_1.IsNumber)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(10_000_000),
    __metadata("design:type", Object)
], NeedRecord.prototype, "budgetWan", void 0);
__decorate([
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.IsEnum)(core_1.CooperationMode, { each: true }),
    __metadata("design:type", Array)
], NeedRecord.prototype, "cooperationModes", void 0);
__decorate([
    (0, class_validator_1.IsDateString)({ strict: true }),
    __metadata("design:type", String)
], NeedRecord.prototype, "deadline", void 0);
__decorate([
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], NeedRecord.prototype, "confidential", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", String)
], NeedRecord.prototype, "contact", void 0);
//# sourceMappingURL=records.js.map