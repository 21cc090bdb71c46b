"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isInsider = exports.isPubliclyListed = void 0;
exports.today = today;
exports.canSeeAchievement = canSeeAchievement;
exports.canEditAchievement = canEditAchievement;
exports.canEditNeed = canEditNeed;
exports.canSeeNeed = canSeeNeed;
exports.viewNeed = viewNeed;
const core_1 = require("../../../core/src/index.js");
function today(now = new Date()) {
    return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
const isPubliclyListed = (a, day = today()) => a.status === core_1.AchievementStatus.PUBLISHED && (a.validUntil === null || a.validUntil >= day);
exports.isPubliclyListed = isPubliclyListed;
function canSeeAchievement(actor, a, day = today()) {
    return (0, core_1.isAlliance)(actor) || actor.orgId === a.orgId || (0, exports.isPubliclyListed)(a, day);
}
function canEditAchievement(actor, orgId) {
    return (0, core_1.isAlliance)(actor) || (actor.role === 'OFFICER' && actor.orgId === orgId);
}
function canEditNeed(actor, orgId) {
    return (0, core_1.isAlliance)(actor) || (actor.role === 'RD_LEAD' && actor.orgId === orgId);
}
const isInsider = (actor, need) => (0, core_1.isAlliance)(actor) || actor.orgId === need.orgId;
exports.isInsider = isInsider;
function canSeeNeed(actor, need) {
    return (0, exports.isInsider)(actor, need) || need.status === core_1.NeedStatus.OPEN;
}
function viewNeed(actor, need) {
    if (!need.confidential || (0, exports.isInsider)(actor, need))
        return { teaser: false, need };
    return {
        teaser: true,
        need: {
            id: need.id,
            key: need.key,
            title: need.title,
            industry: need.industry,
            keywords: need.keywords,
            status: need.status,
            ownerLabel: `某${core_1.INDUSTRY_LABELS[need.industry]}企业`,
        },
    };
}
//# sourceMappingURL=visibility.js.map