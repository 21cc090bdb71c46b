"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.badInput = exports.conflict = exports.unauthenticated = exports.forbidden = exports.notFound = exports.DomainError = exports.ErrorCode = void 0;
var ErrorCode;
(function (ErrorCode) {
    ErrorCode["NOT_FOUND"] = "NOT_FOUND";
    ErrorCode["FORBIDDEN"] = "FORBIDDEN";
    ErrorCode["UNAUTHENTICATED"] = "UNAUTHENTICATED";
    ErrorCode["CONFLICT"] = "CONFLICT";
    ErrorCode["BAD_USER_INPUT"] = "BAD_USER_INPUT";
    ErrorCode["TOO_MANY_REQUESTS"] = "TOO_MANY_REQUESTS";
})(ErrorCode || (exports.ErrorCode = ErrorCode = {}));
class DomainError extends Error {
    code;
    details;
    constructor(code, message, details) {
        super(message);
        this.code = code;
        this.details = details;
        this.name = 'DomainError';
    }
}
exports.DomainError = DomainError;
const notFound = (what, ref) => new DomainError(ErrorCode.NOT_FOUND, ref ? `${what} ${ref} not found` : `${what} not found`);
exports.notFound = notFound;
const forbidden = (message = 'You may not do this') => new DomainError(ErrorCode.FORBIDDEN, message);
exports.forbidden = forbidden;
const unauthenticated = (message = 'Sign in first') => new DomainError(ErrorCode.UNAUTHENTICATED, message);
exports.unauthenticated = unauthenticated;
const conflict = (message) => new DomainError(ErrorCode.CONFLICT, message);
exports.conflict = conflict;
const badInput = (field, message) => new DomainError(ErrorCode.BAD_USER_INPUT, message.startsWith(field) ? message : `${field} ${message}`, {
    fields: [{ field, message }],
});
exports.badInput = badInput;
//# sourceMappingURL=domain-error.js.map