"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyVersionedChange = applyVersionedChange;
const core_1 = require("../../../core/src/index.js");
const database_1 = require("../../../database/src/index.js");
async function applyVersionedChange(em, store, actor, id, version, change) {
    const [row] = await store.findByIds(em, [id]);
    if (!row)
        throw (0, core_1.notFound)(change.label, id);
    change.authorize(row);
    if (row.version !== version)
        throw staleVersion(change.label, id, version, row.version);
    const values = change.compute(row);
    if (!(await store.updateIfVersion(em, id, version, values)))
        throw staleVersion(change.label, id, version, row.version + 1);
    await (0, database_1.appendAudit)(em, { actorUserId: actor.userId, entityType: change.kind, entityId: id, action: change.action, changes: (0, database_1.diff)(row, values) });
    await (0, database_1.enqueueSearchSync)(em, change.kind, id);
    const [updated] = await store.findByIds(em, [id]);
    return updated;
}
const staleVersion = (label, id, yours, current) => (0, core_1.conflict)(`${label} ${id} was changed by someone else (you edited version ${yours}, it is now at ${current}); reload and retry`);
//# sourceMappingURL=versioned-write.js.map