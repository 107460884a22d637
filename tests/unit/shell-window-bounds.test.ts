import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, placeWindow } from '../../src/main/shell/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('centres a default-sized window on the primary display the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      x: Math.round((1440 - DEFAULT_WINDOW_SIZE.width) / 2),
      y: 0,
      width: DEFAULT_WINDOW_SIZE.width,
      height: 860,
      maximized: false,
    });
  });

  it('restores a window that is fully visible where it was', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900, maximized: true };
    expect(placeWindow(saved, [laptop, monitorOnTheRight], laptop)).toEqual(saved);
  });

  it('brings back a window left on a display that is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({
      x: 120,
      y: 80,
      width: 1200,
      height: 700,
      maximized: false,
    });
  });

  it('shrinks and moves a window that hangs over the edge of its display', () => {
    const saved = { x: 1000, y: -50, width: 2000, height: 1000, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 860,
      maximized: false,
    });
  });

  it('moves a window mostly off-screen fully onto the display it overlaps most', () => {
    const saved = { x: 3900, y: 1300, width: 800, height: 600, maximized: false };
    expect(placeWindow(saved, [laptop, monitorOnTheRight], laptop)).toEqual({
      x: 1440 + 2560 - 800,
      y: 1400 - 600,
      width: 800,
      height: 600,
      maximized: false,
    });
  });

  it('handles displays at negative coordinates', () => {
    const left = { x: -1920, y: 0, width: 1920, height: 1080 };
    const saved = { x: -1800, y: 50, width: 1000, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop, left], laptop)).toEqual(saved);
  });
});
