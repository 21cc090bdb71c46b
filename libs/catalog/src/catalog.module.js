"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CatalogModule = void 0;
const common_1 = require("@nestjs/common");
const identity_1 = require("../../identity/src/index.js");
const catalog_importer_1 = require("./import/catalog-importer");
const achievement_repository_1 = require("./repositories/achievement.repository");
const need_repository_1 = require("./repositories/need.repository");
const achievement_service_1 = require("./services/achievement.service");
const need_service_1 = require("./services/need.service");
let CatalogModule = class CatalogModule {
};
exports.CatalogModule = CatalogModule;
exports.CatalogModule = CatalogModule = __decorate([
    (0, common_1.Module)({
        imports: [identity_1.IdentityModule],
        providers: [achievement_repository_1.AchievementRepository, need_repository_1.NeedRepository, achievement_service_1.AchievementService, need_service_1.NeedService, catalog_importer_1.CatalogImporter],
        exports: [achievement_service_1.AchievementService, need_service_1.NeedService, catalog_importer_1.CatalogImporter, achievement_repository_1.AchievementRepository, need_repository_1.NeedRepository],
    })
], CatalogModule);
//# sourceMappingURL=catalog.module.js.map