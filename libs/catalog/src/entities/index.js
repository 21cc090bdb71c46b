"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CATALOG_ENTITIES = exports.NeedEntity = exports.AchievementEntity = void 0;
const achievement_entity_1 = require("./achievement.entity");
Object.defineProperty(exports, "AchievementEntity", { enumerable: true, get: function () { return achievement_entity_1.AchievementEntity; } });
const need_entity_1 = require("./need.entity");
Object.defineProperty(exports, "NeedEntity", { enumerable: true, get: function () { return need_entity_1.NeedEntity; } });
exports.CATALOG_ENTITIES = [achievement_entity_1.AchievementEntity, need_entity_1.NeedEntity];
//# sourceMappingURL=index.js.map