import { CooperationMode as M, Industry as I } from '@app/core';
import { cooperationFactor, freshnessFactor, industryFactor, priceFactor, textFactor, trlFactor } from './factors';
import { MATCH_WEIGHTS as W } from './weights';

describe('textFactor', () => {
  it.each([
    [1, ['钝化', '隧穿氧化层'], W.text, 'terms in common: 钝化, 隧穿氧化层'],
    [0.5, [], W.text * 0.5, 'no terms in common'],
    [1.7, ['a'], W.text, 'terms in common: a'], // relevance is clamped
    [0.2, ['1', '2', '3', '4', '5', '6', '7'], W.text * 0.2, 'terms in common: 1, 2, 3, 4, 5'],
  ])('relevance %s, terms %j', (r, terms, contribution, message) => {
    expect(textFactor(r, terms, W)).toEqual({ factor: 'TEXT', contribution: expect.closeTo(contribution, 4), message });
  });
});

describe('industryFactor', () => {
  it.each([
    [I.PHOTOVOLTAIC, I.PHOTOVOLTAIC, W.industry, 'same industry: 光伏新能源'],
    [I.PHOTOVOLTAIC, I.DIGITAL_ECONOMY, W.industry * 0.6, 'adjacent industry: 数字经济 serves 光伏新能源'],
    [I.PHOTOVOLTAIC, I.LIFE_HEALTH, W.industry * 0.1, 'distant industry: 生命健康 for a 光伏新能源 need'],
  ])('%s need, %s listing', (wanted, offered, contribution, message) => {
    expect(industryFactor(wanted, offered, W)).toEqual({ factor: 'INDUSTRY', contribution: expect.closeTo(contribution, 4), message });
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
    expect(trlFactor(trl, min, r, W)).toEqual({ factor: 'TRL', contribution: expect.closeTo(contribution, 4), message });
  });
});

describe('priceFactor', () => {
  it.each([
    [null, 500, W.price, 'price 面议 (budget 500万)'],
    [null, null, W.price, 'price 面议, no budget set'],
    [800, null, W.price, 'asking price 800万, no budget set'],
    [500, 500, W.price, 'asking price 500万 within the budget of 500万'],
    [550, 500, -W.penalty.price * 0.6, 'asking price 550万 over the budget of 500万'],
    [800, 500, -W.penalty.price, 'asking price 800万 over the budget of 500万'],
    [10, 0, -W.penalty.price, 'asking price 10万 over the budget of 0万'],
  ])('price %s, budget %s', (price, budget, contribution, message) => {
    expect(priceFactor(price, budget, 1, W)).toEqual({ factor: 'PRICE', contribution: expect.closeTo(contribution, 4), message });
  });
});

describe('cooperationFactor', () => {
  it.each([
    [[M.LICENSE, M.SERVICE], [M.LICENSE], W.cooperation, 'shares 技术许可'],
    [[M.TRANSFER, M.JOINT_DEVELOPMENT], [M.JOINT_DEVELOPMENT, M.TRANSFER], W.cooperation, 'shares 技术转让, 合作开发'],
    [[M.EQUITY], [M.SERVICE], -W.penalty.cooperation, 'no shared cooperation mode: wants 作价入股, offers 技术服务'],
  ])('wants %j, offers %j', (wanted, offered, contribution, message) => {
    expect(cooperationFactor(wanted, offered, 1, W)).toEqual({
      factor: 'COOPERATION',
      contribution: expect.closeTo(contribution, 4),
      message,
    });
  });
});

describe('freshnessFactor', () => {
  const now = new Date('2026-11-25T00:00:00Z');
  it.each([
    ['2026-11-20', null, W.freshness * Math.pow(0.5, 5 / 365), 'published 5 days ago'],
    ['2025-11-25', null, W.freshness * 0.5, 'published 12 months ago'],
    ['2027-01-01', null, W.freshness, 'published 0 days ago'], // dated in the future counts as new
    [null, '2027-06-30', W.freshness * 0.5, 'publication date unknown'],
    ['2026-11-20', '2026-11-01', -W.expiredPenalty, 'expired on 2026-11-01'],
    ['2026-11-20', '2026-11-25', W.freshness * Math.pow(0.5, 5 / 365), 'published 5 days ago'], // valid through its last day
  ])('published %s, expires %s', (published, expires, contribution, message) => {
    expect(freshnessFactor(published, expires, now, W)).toEqual({
      factor: 'FRESHNESS',
      contribution: expect.closeTo(contribution, 4),
      message,
    });
  });
});
