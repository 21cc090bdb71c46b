import { isValidUscc } from './values';

describe('isValidUscc', () => {
  it.each([
    ['91330400MA2B0X0X0X', false], // wrong check character
    ['91110000600037341L', true], // a well-known published code
    ['91330000142916567N', true],
    ['9133040014291656', false], // too short
    ['91330000142916567I', false], // I is not in the alphabet
  ])('%s -> %s', (code, valid) => {
    expect(isValidUscc(code)).toBe(valid);
  });
});
