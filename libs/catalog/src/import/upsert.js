"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.upsertRows = upsertRows;
const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
async function upsertRows(em, store, records, toValues, keepOnUpdate, progress, stage) {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const changedIds = [];
    const existing = new Map();
    for (let i = 0; i < records.length; i += 500) {
        for (const row of await store.findByKeys(em, records.slice(i, i + 500).map((r) => r.key)))
            existing.set(row.key, row);
    }
    for (let i = 0; i < records.length; i++) {
        const record = records[i];
        const values = toValues(record);
        const row = existing.get(record.key);
        if (!row) {
            changedIds.push((await store.insert(em, values)).id);
            counts.created++;
        }
        else {
            const keep = new Set(keepOnUpdate?.(record) ?? []);
            const patch = Object.fromEntries(Object.entries(values).filter(([field, value]) => !keep.has(field) && !same(row[field], value)));
            if (Object.keys(patch).length === 0)
                counts.unchanged++;
            else {
                await store.updateIfVersion(em, row.id, row.version, patch);
                changedIds.push(row.id);
                counts.updated++;
            }
        }
        if ((i + 1) % 1000 === 0 || i + 1 === records.length)
            progress(stage, i + 1, records.length);
    }
    return { counts, changedIds };
}
//# sourceMappingURL=upsert.js.map