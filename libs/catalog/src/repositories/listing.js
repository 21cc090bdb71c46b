"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keysetPage = keysetPage;
const core_1 = require("../../../core/src/index.js");
async function keysetPage(qb, alias, first, after) {
    const totalCount = await qb.clone().getCount();
    if (after) {
        qb.andWhere(`(${alias}.created_at, ${alias}.id) < (:afterV::timestamptz, :afterId::uuid)`, { afterV: after.v, afterId: after.id });
    }
    qb.addSelect(`${alias}.created_at::text`, 'cursor_v')
        .orderBy(`${alias}.created_at`, 'DESC')
        .addOrderBy(`${alias}.id`, 'DESC')
        .take(first + 1);
    const { entities, raw } = await qb.getRawAndEntities();
    const hasNextPage = entities.length > first;
    const items = entities.slice(0, first);
    const cursorValues = new Map(raw.map((r) => [r[`${alias}_id`], r.cursor_v]));
    const cursors = items.map((item) => (0, core_1.encodeCursor)({ v: cursorValues.get(item.id) ?? '', id: item.id }));
    return { items, totalCount, hasNextPage, endCursor: cursors.at(-1) ?? null, cursors };
}
//# sourceMappingURL=listing.js.map