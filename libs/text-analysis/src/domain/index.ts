import { AUTO_PARTS } from './auto-parts';
import { DIGITAL_ECONOMY } from './digital-economy';
import { ENERGY_STORAGE } from './energy-storage';
import { GENERAL } from './general';
import { HIGH_END_EQUIPMENT } from './high-end-equipment';
import { LIFE_HEALTH } from './life-health';
import { NEW_MATERIALS } from './new-materials';
import { OPTOELECTRONICS } from './optoelectronics';
import { PHOTOVOLTAIC } from './photovoltaic';
import type { DomainVocabulary } from './vocabulary';

export type { DomainVocabulary } from './vocabulary';

/** Every vocabulary, photovoltaics first. */
export const DOMAIN_VOCABULARIES: readonly DomainVocabulary[] = [
  PHOTOVOLTAIC,
  ENERGY_STORAGE,
  HIGH_END_EQUIPMENT,
  OPTOELECTRONICS,
  AUTO_PARTS,
  DIGITAL_ECONOMY,
  LIFE_HEALTH,
  NEW_MATERIALS,
  GENERAL,
];
