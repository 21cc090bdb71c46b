import { describe, expect, it } from 'vitest';
import { nextStage, pipelinePosition } from './pipeline';

describe('nextStage', () => {
  it.each([
    ['REQUESTED', null],
    ['ACCEPTED', 'MEETING'],
    ['MEETING', 'NEGOTIATING'],
    ['NEGOTIATING', 'SIGNED'],
    ['SIGNED', 'LANDED'],
    ['LANDED', null],
    ['DECLINED', null],
    ['CLOSED', null],
  ] as const)('%s → %s', (status, next) => expect(nextStage(status)).toBe(next));
});

describe('pipelinePosition', () => {
  it('places open stages on the timeline and marks ended ones', () => {
    expect(pipelinePosition('NEGOTIATING')).toEqual({ index: 3, ended: false });
    expect(pipelinePosition('WITHDRAWN')).toEqual({ index: 0, ended: true });
  });
});
