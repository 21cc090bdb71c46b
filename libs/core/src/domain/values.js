"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isAlliance = exports.NeedStatus = exports.AchievementStatus = exports.Role = exports.OrganizationKind = exports.IpType = exports.COOPERATION_LABELS = exports.CooperationMode = exports.INDUSTRY_LABELS = exports.Industry = void 0;
exports.isValidUscc = isValidUscc;
var Industry;
(function (Industry) {
    Industry["PHOTOVOLTAIC"] = "PHOTOVOLTAIC";
    Industry["ENERGY_STORAGE"] = "ENERGY_STORAGE";
    Industry["HIGH_END_EQUIPMENT"] = "HIGH_END_EQUIPMENT";
    Industry["OPTOELECTRONICS"] = "OPTOELECTRONICS";
    Industry["AUTO_PARTS"] = "AUTO_PARTS";
    Industry["DIGITAL_ECONOMY"] = "DIGITAL_ECONOMY";
    Industry["LIFE_HEALTH"] = "LIFE_HEALTH";
    Industry["NEW_MATERIALS"] = "NEW_MATERIALS";
})(Industry || (exports.Industry = Industry = {}));
exports.INDUSTRY_LABELS = {
    PHOTOVOLTAIC: '光伏新能源',
    ENERGY_STORAGE: '储能',
    HIGH_END_EQUIPMENT: '高端装备',
    OPTOELECTRONICS: '光电信息',
    AUTO_PARTS: '汽车零配件',
    DIGITAL_ECONOMY: '数字经济',
    LIFE_HEALTH: '生命健康',
    NEW_MATERIALS: '新材料',
};
var CooperationMode;
(function (CooperationMode) {
    CooperationMode["TRANSFER"] = "TRANSFER";
    CooperationMode["LICENSE"] = "LICENSE";
    CooperationMode["JOINT_DEVELOPMENT"] = "JOINT_DEVELOPMENT";
    CooperationMode["EQUITY"] = "EQUITY";
    CooperationMode["SERVICE"] = "SERVICE";
})(CooperationMode || (exports.CooperationMode = CooperationMode = {}));
exports.COOPERATION_LABELS = {
    TRANSFER: '技术转让',
    LICENSE: '技术许可',
    JOINT_DEVELOPMENT: '合作开发',
    EQUITY: '作价入股',
    SERVICE: '技术服务',
};
var IpType;
(function (IpType) {
    IpType["INVENTION_PATENT"] = "INVENTION_PATENT";
    IpType["UTILITY_MODEL"] = "UTILITY_MODEL";
    IpType["SOFTWARE_COPYRIGHT"] = "SOFTWARE_COPYRIGHT";
    IpType["KNOW_HOW"] = "KNOW_HOW";
})(IpType || (exports.IpType = IpType = {}));
var OrganizationKind;
(function (OrganizationKind) {
    OrganizationKind["UNIVERSITY"] = "UNIVERSITY";
    OrganizationKind["ENTERPRISE"] = "ENTERPRISE";
    OrganizationKind["ALLIANCE"] = "ALLIANCE";
})(OrganizationKind || (exports.OrganizationKind = OrganizationKind = {}));
var Role;
(function (Role) {
    Role["OFFICER"] = "OFFICER";
    Role["RD_LEAD"] = "RD_LEAD";
    Role["COORDINATOR"] = "COORDINATOR";
    Role["ADMIN"] = "ADMIN";
})(Role || (exports.Role = Role = {}));
var AchievementStatus;
(function (AchievementStatus) {
    AchievementStatus["DRAFT"] = "DRAFT";
    AchievementStatus["PUBLISHED"] = "PUBLISHED";
    AchievementStatus["ARCHIVED"] = "ARCHIVED";
})(AchievementStatus || (exports.AchievementStatus = AchievementStatus = {}));
var NeedStatus;
(function (NeedStatus) {
    NeedStatus["DRAFT"] = "DRAFT";
    NeedStatus["OPEN"] = "OPEN";
    NeedStatus["CLOSED"] = "CLOSED";
})(NeedStatus || (exports.NeedStatus = NeedStatus = {}));
const isAlliance = (actor) => !!actor && (actor.role === Role.COORDINATOR || actor.role === Role.ADMIN);
exports.isAlliance = isAlliance;
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function isValidUscc(code) {
    if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code))
        return false;
    let sum = 0;
    for (let i = 0; i < 17; i++)
        sum += USCC_ALPHABET.indexOf(code[i]) * USCC_WEIGHTS[i];
    const check = (31 - (sum % 31)) % 31;
    return USCC_ALPHABET[check] === code[17];
}
//# sourceMappingURL=values.js.map