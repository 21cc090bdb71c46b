import { CooperationMode as M, Industry as I } from '@app/core';
import { cooperationFactor, freshnessFactor, industryFactor, priceFactor, textFactor, trlFactor } from './factors';
import { reasonMessage } from './reason-messages';
import type { MatchReason } from './types';
import { MATCH_WEIGHTS as W } from './weights';

/** The reason as an English reader gets it (the Chinese sentences are checked in reason-messages.spec). */
const en = (r: MatchReason) => ({ factor: r.factor, contribution: r.contribution, message: reasonMessage(r, 'en') });

describe('textFactor', () => {
  it.each([
    [1, ['钝化', '隧穿氧化层'], W.text, 'Terms in common: 钝化, 隧穿氧化层'],
    [0.5, [], W.text * 0.5, 'No terms in common'],
    [1.7, ['a'], W.text, 'Terms in common: a'], // relevance is clamped
    [0.2, ['1', '2', '3', '4', '5', '6', '7'], W.text * 0.2, 'Terms in common: 1, 2, 3, 4, 5'],
  ])('relevance %s, terms %j', (r, terms, contribution, message) => {
    expect(en(textFactor(r, terms, W))).toEqual({
      factor: 'TEXT',
      contribution: expect.closeTo(contribution, 4),
      message,
    });
  });
});

describe('industryFactor', () => {
  it.each([
    [I.PHOTOVOLTAIC, I.PHOTOVOLTAIC, W.industry, 'Same industry: photovoltaics'],
    [I.PHOTOVOLTAIC, I.DIGITAL_ECONOMY, W.industry * 0.6, 'Adjacent industry: digital economy serves photovoltaics'],
    [I.PHOTOVOLTAIC, I.LIFE_HEALTH, W.industry * 0.1, 'Distant industry: life and health for a photovoltaics need'],
  ])('%s need, %s listing', (wanted, offered, contribution, message) => {
    expect(en(industryFactor(wanted, offered, W))).toEqual({
      factor: 'INDUSTRY',
      contribution: expect.closeTo(contribution, 4),
      message,
    });
  });
});

describe('trlFactor', () => {
  it.each([
    [7, null, 1, W.trl, 'TRL 7, no minimum required'],
    [7, 7, 1, W.trl, 'TRL 7 meets the required 7'],
    [8, 6, 0.5, W.trl * 0.5, 'TRL 8 meets the required 6'],
    [6, 7, 1, -W.penalty.trl * 0.6, 'TRL 6 below the required 7'],
    [5, 7, 1, -W.penalty.trl * 0.8, 'TRL 5 below the required 7'],
    [3, 7, 1, -W.penalty.trl, 'TRL 3 below the required 7'],
    [3, 7, 0.5, -W.penalty.trl * 0.5, 'TRL 3 below the required 7'], // scaled by relevance
    [3, 7, 0, 0, 'TRL 3 below the required 7'], // an irrelevant listing is not pushed further down
  ])('trl %s, min %s, relevance %s', (trl, min, r, contribution, message) => {
    expect(en(trlFactor(trl, min, r, W))).toEqual({
      factor: 'TRL',
      contribution: expect.closeTo(contribution, 4),
      message,
    });
  });
});

describe('priceFactor', () => {
  it.each([
    [null, 500, W.price, 'Price negotiable (budget 500万)'],
    [null, null, W.price, 'Price negotiable, no budget set'],
    [800, null, W.price, 'Asking price 800万, no budget set'],
    [500, 500, W.price, 'Asking price 500万 within the budget of 500万'],
    [550, 500, -W.penalty.price * 0.6, 'Asking price 550万 over the budget of 500万'],
    [800, 500, -W.penalty.price, 'Asking price 800万 over the budget of 500万'],
    [10, 0, -W.penalty.price, 'Asking price 10万 over the budget of 0万'],
  ])('price %s, budget %s', (price, budget, contribution, message) => {
    expect(en(priceFactor(price, budget, 1, W))).toEqual({
      factor: 'PRICE',
      contribution: expect.closeTo(contribution, 4),
      message,
    });
  });
});

describe('cooperationFactor', () => {
  it.each([
    [[M.LICENSE, M.SERVICE], [M.LICENSE], W.cooperation, 'Shares licensing'],
    [
      [M.TRANSFER, M.JOINT_DEVELOPMENT],
      [M.JOINT_DEVELOPMENT, M.TRANSFER],
      W.cooperation,
      'Shares technology transfer, joint development',
    ],
    [
      [M.EQUITY],
      [M.SERVICE],
      -W.penalty.cooperation,
      'No shared cooperation mode: wants equity investment, offers technical service',
    ],
  ])('wants %j, offers %j', (wanted, offered, contribution, message) => {
    expect(en(cooperationFactor(wanted, offered, 1, W))).toEqual({
      factor: 'COOPERATION_MODE',
      contribution: expect.closeTo(contribution, 4),
      message,
    });
  });
});

describe('freshnessFactor', () => {
  const now = new Date('2026-11-25T00:00:00Z');
  it.each([
    ['2026-11-20', null, W.freshness * Math.pow(0.5, 5 / 365), 'Published 5 days ago'],
    ['2025-11-25', null, W.freshness * 0.5, 'Published 12 months ago'],
    ['2027-01-01', null, W.freshness, 'Published 0 days ago'], // dated in the future counts as new
    [null, '2027-06-30', W.freshness * 0.5, 'Publication date unknown'],
    ['2026-11-20', '2026-11-01', -W.expiredPenalty, 'Expired on 2026-11-01'],
    ['2026-11-20', '2026-11-25', W.freshness * Math.pow(0.5, 5 / 365), 'Published 5 days ago'], // valid through its last day
  ])('Published %s, expires %s', (published, expires, contribution, message) => {
    expect(en(freshnessFactor(published, expires, now, W))).toEqual({
      factor: 'FRESHNESS',
      contribution: expect.closeTo(contribution, 4),
      message,
    });
  });
});
