import { describe, expect, it } from 'vitest';
import { findClock } from './clock.js';

describe('findClock', () => {
  it.each([
    ['minute bars from 10:00 through 10:15 (inclusive) New York time', { from: '10:00', to: '10:15' }],
    ['INDA VWAP between 10:00 and 10:59 ET', { from: '10:00', to: '10:59' }],
    ['closes 9:30 through 9:34 am', { from: '09:30', to: '09:34' }],
    ['VWAP between 2pm and 3pm', { from: '14:00', to: '14:59' }], // the hour before 3pm
    ['from 9:30 to noon', { from: '09:30', to: '11:59' }],
  ])('%s', (q, expected) => expect(findClock(q)).toMatchObject(expected));

  it('does not read counts as times', () => {
    expect(findClock('top 5 to 10 stocks')).toBeUndefined();
  });
});

describe('findClock: parts of a session and single minutes', () => {
  it.each([
    ["FXY candle for the 10 o'clock hour on D", { from: '10:00', to: '10:59' }],
    ['VWAP over the 2pm hour', { from: '14:00', to: '14:59' }],
    ['VWAP for the first 30 minutes of the session', { from: '09:30', to: '09:59' }],
    ['the first hour of trading', { from: '09:30', to: '10:29' }],
    ['the last half hour before the close', { from: '15:30', to: '15:59' }],
    ['the final 15 minutes of trading', { from: '15:45', to: '15:59' }],
    ['the last five minutes of regular trading on June 30, 2025', { from: '15:55', to: '15:59' }],
    ['the first forty-five minutes of the session', { from: '09:30', to: '10:14' }],
    ["FXY's price at 10:23 New York time", { from: '10:23', to: '10:23' }],
  ])('%s', (q, expected) => expect(findClock(q)).toMatchObject(expected));

  it('the same minutes said twice are one range; a different second range is not taken with it', () => {
    expect(findClock('in the last half hour before the close, i.e. the 15:30 to 15:59 ET bars')).toMatchObject({ from: '15:30', to: '15:59', also: ['15:30 to 15:59 et'] });
    expect(findClock('10:00 to 10:15 against 14:00 to 14:15')?.also).toBeUndefined();
  });
});
