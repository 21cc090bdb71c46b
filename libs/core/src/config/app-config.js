"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.APP_CONFIG = exports.ConfigError = void 0;
exports.loadConfig = loadConfig;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
class ConfigError extends Error {
    variable;
    constructor(variable, message) {
        super(`Invalid configuration: ${variable} ${message}`);
        this.variable = variable;
    }
}
exports.ConfigError = ConfigError;
function int(env, name, fallback, min, max) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return fallback;
    if (!/^\d+$/.test(raw))
        throw new ConfigError(name, `must be an integer, got "${raw}"`);
    const value = Number(raw);
    if (value < min || value > max)
        throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
    return value;
}
function oneOf(env, name, allowed, fallback) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return fallback;
    if (!allowed.includes(raw)) {
        throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
    }
    return raw;
}
function url(env, name, protocols) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return undefined;
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        throw new ConfigError(name, 'must be a URL');
    }
    if (!protocols.includes(parsed.protocol)) {
        throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
    }
    return raw;
}
function email(env, name) {
    const raw = env[name];
    if (raw === undefined || raw === '')
        return undefined;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw))
        throw new ConfigError(name, 'must be an e-mail address');
    return raw.toLowerCase();
}
function embeddedJwtSecret(dataDir, inMemory) {
    if (inMemory)
        return (0, node_crypto_1.randomBytes)(32).toString('hex');
    (0, node_fs_1.mkdirSync)(dataDir, { recursive: true });
    const file = (0, node_path_1.join)(dataDir, 'jwt-secret');
    if ((0, node_fs_1.existsSync)(file))
        return (0, node_fs_1.readFileSync)(file, 'utf8').trim();
    const secret = (0, node_crypto_1.randomBytes)(32).toString('hex');
    (0, node_fs_1.writeFileSync)(file, secret, { mode: 0o600 });
    return secret;
}
function loadConfig(env = process.env) {
    const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
    const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
    const dataDir = (0, node_path_1.resolve)(env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : './data');
    const inMemory = env.DATA_DIR === ':memory:';
    let jwtSecret = env.JWT_SECRET ?? '';
    if (jwtSecret !== '' && jwtSecret.length < 32)
        throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
    if (jwtSecret === '') {
        if (nodeEnv === 'production')
            throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
        jwtSecret = embeddedJwtSecret(dataDir, inMemory || databaseUrl !== undefined);
    }
    const bootstrapAdminEmail = email(env, 'BOOTSTRAP_ADMIN_EMAIL');
    const bootstrapAdminPassword = env.BOOTSTRAP_ADMIN_PASSWORD || undefined;
    if (bootstrapAdminPassword !== undefined && bootstrapAdminPassword.length < 8) {
        throw new ConfigError('BOOTSTRAP_ADMIN_PASSWORD', 'must be at least 8 characters');
    }
    const meiliUrl = url(env, 'MEILI_URL', ['http:', 'https:']);
    return {
        nodeEnv,
        port: int(env, 'PORT', 3000, 0, 65535),
        dataDir,
        inMemory,
        databaseUrl,
        jwtSecret,
        accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
        refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
        bootstrapAdminEmail,
        bootstrapAdminPassword,
        demoData: oneOf(env, 'DEMO_DATA', ['0', '1'], '1') === '1',
        meiliUrl,
        meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
        meiliIndex: env.MEILI_INDEX || 'catalog',
        logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], nodeEnv === 'test' ? 'silent' : 'info'),
        loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
        loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86400),
    };
}
exports.APP_CONFIG = Symbol('APP_CONFIG');
//# sourceMappingURL=app-config.js.map