"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addYears = addYears;
function addYears(day, years) {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() + years);
    return d.toISOString().slice(0, 10);
}
//# sourceMappingURL=dates.js.map