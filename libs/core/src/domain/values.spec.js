"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const values_1 = require("./values");
describe('isValidUscc', () => {
    it.each([
        ['91330400MA2B0X0X0X', false],
        ['91110000600037341L', true],
        ['91330000142916567N', true],
        ['9133040014291656', false],
        ['91330000142916567I', false],
    ])('%s -> %s', (code, valid) => {
        expect((0, values_1.isValidUscc)(code)).toBe(valid);
    });
});
//# sourceMappingURL=values.spec.js.map