import { Industry } from '@app/core';

/**
 * Industry-chain proximity in [0, 1], symmetric; 1 on the diagonal. Reads "a listing of industry B can serve a
 * need of industry A". The values encode generic chain links of the alliance's eight industries, not the sample:
 * - PV ↔ new materials (encapsulants, pastes, glass), energy storage (PV + storage plants), equipment (cell and
 *   module lines), optoelectronics (lasers, optical inspection), digital economy (vision inspection, smart O&M).
 * - Energy storage ↔ auto parts (traction batteries, BMS), new materials (electrodes, electrolytes).
 * - Equipment ↔ auto parts (machining, welding), digital economy (industrial internet, machine vision).
 * - Optoelectronics ↔ digital economy (sensing, imaging), auto parts (lidar, lamps).
 * - Life & health is far from most, nearest to new materials (biomaterials) and digital economy (medical AI).
 */
const LINKS: ReadonlyArray<readonly [Industry, Industry, number]> = [
  [Industry.PHOTOVOLTAIC, Industry.ENERGY_STORAGE, 0.7],
  [Industry.PHOTOVOLTAIC, Industry.NEW_MATERIALS, 0.7],
  [Industry.PHOTOVOLTAIC, Industry.HIGH_END_EQUIPMENT, 0.6],
  [Industry.PHOTOVOLTAIC, Industry.OPTOELECTRONICS, 0.6],
  [Industry.PHOTOVOLTAIC, Industry.DIGITAL_ECONOMY, 0.6],
  [Industry.PHOTOVOLTAIC, Industry.AUTO_PARTS, 0.2],
  [Industry.PHOTOVOLTAIC, Industry.LIFE_HEALTH, 0.1],
  [Industry.ENERGY_STORAGE, Industry.AUTO_PARTS, 0.6],
  [Industry.ENERGY_STORAGE, Industry.NEW_MATERIALS, 0.7],
  [Industry.ENERGY_STORAGE, Industry.DIGITAL_ECONOMY, 0.5],
  [Industry.ENERGY_STORAGE, Industry.HIGH_END_EQUIPMENT, 0.5],
  [Industry.ENERGY_STORAGE, Industry.OPTOELECTRONICS, 0.3],
  [Industry.ENERGY_STORAGE, Industry.LIFE_HEALTH, 0.1],
  [Industry.HIGH_END_EQUIPMENT, Industry.AUTO_PARTS, 0.7],
  [Industry.HIGH_END_EQUIPMENT, Industry.DIGITAL_ECONOMY, 0.6],
  [Industry.HIGH_END_EQUIPMENT, Industry.OPTOELECTRONICS, 0.5],
  [Industry.HIGH_END_EQUIPMENT, Industry.NEW_MATERIALS, 0.5],
  [Industry.HIGH_END_EQUIPMENT, Industry.LIFE_HEALTH, 0.3],
  [Industry.OPTOELECTRONICS, Industry.DIGITAL_ECONOMY, 0.6],
  [Industry.OPTOELECTRONICS, Industry.NEW_MATERIALS, 0.5],
  [Industry.OPTOELECTRONICS, Industry.AUTO_PARTS, 0.4],
  [Industry.OPTOELECTRONICS, Industry.LIFE_HEALTH, 0.3],
  [Industry.AUTO_PARTS, Industry.NEW_MATERIALS, 0.6],
  [Industry.AUTO_PARTS, Industry.DIGITAL_ECONOMY, 0.5],
  [Industry.AUTO_PARTS, Industry.LIFE_HEALTH, 0.1],
  [Industry.DIGITAL_ECONOMY, Industry.LIFE_HEALTH, 0.4],
  [Industry.DIGITAL_ECONOMY, Industry.NEW_MATERIALS, 0.2],
  [Industry.LIFE_HEALTH, Industry.NEW_MATERIALS, 0.4],
];

/** Proximity of an unlisted pair: remote, yet a strong text match may still carry it. */
const UNLINKED = 0.1;

const MATRIX: ReadonlyMap<string, number> = new Map(
  LINKS.flatMap(([a, b, p]) => [
    [`${a}|${b}`, p],
    [`${b}|${a}`, p],
  ]),
);

export function industryProximity(a: Industry, b: Industry): number {
  if (a === b) return 1;
  return MATRIX.get(`${a}|${b}`) ?? UNLINKED;
}
