"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.NeedRepository = exports.AchievementRepository = void 0;
__exportStar(require("./entities"), exports);
__exportStar(require("./catalog.module"), exports);
__exportStar(require("./domain/visibility"), exports);
__exportStar(require("./services/achievement.service"), exports);
__exportStar(require("./services/need.service"), exports);
__exportStar(require("./import/catalog-importer"), exports);
var achievement_repository_1 = require("./repositories/achievement.repository");
Object.defineProperty(exports, "AchievementRepository", { enumerable: true, get: function () { return achievement_repository_1.AchievementRepository; } });
var need_repository_1 = require("./repositories/need.repository");
Object.defineProperty(exports, "NeedRepository", { enumerable: true, get: function () { return need_repository_1.NeedRepository; } });
//# sourceMappingURL=index.js.map