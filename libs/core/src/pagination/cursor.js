"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_PAGE_SIZE = void 0;
exports.encodeCursor = encodeCursor;
exports.decodeCursor = decodeCursor;
exports.clampFirst = clampFirst;
const domain_error_1 = require("../errors/domain-error");
exports.MAX_PAGE_SIZE = 100;
function encodeCursor(cursor) {
    return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}
function decodeCursor(raw, field = 'after') {
    try {
        const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
        if (parsed && typeof parsed === 'object' && 'v' in parsed && 'id' in parsed) {
            const { v, id } = parsed;
            if (typeof v === 'string' && typeof id === 'string')
                return { v, id };
        }
    }
    catch {
    }
    throw (0, domain_error_1.badInput)(field, 'is not a valid cursor');
}
function clampFirst(first, fallback = 20) {
    if (first === undefined || first === null)
        return fallback;
    if (first < 1)
        throw (0, domain_error_1.badInput)('first', 'must not be less than 1');
    if (first > exports.MAX_PAGE_SIZE)
        throw (0, domain_error_1.badInput)('first', `must not be greater than ${exports.MAX_PAGE_SIZE}`);
    return first;
}
//# sourceMappingURL=cursor.js.map