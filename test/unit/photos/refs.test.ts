// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { photoRefs, withoutMissingPhotos } from '../../../src/photos/refs';

const task = {
  id: 't',
  photoId: 'a',
  steps: [
    { id: 's1', text: 'x', photoId: 'b' },
    { id: 's2', text: 'y', photoId: null },
  ],
};

describe('photo pointers in records', () => {
  it('a task points to its finished-result photo and its step photos; a person to a portrait', () => {
    expect(photoRefs('tasks', task)).toEqual(['a', 'b']);
    expect(photoRefs('people', { id: 'p', portraitId: 'c' })).toEqual(['c']);
    expect(photoRefs('people', { id: 'p', portraitId: null })).toEqual([]);
    expect(photoRefs('stations', { id: 's', photoId: 'z' })).toEqual([]);
    expect(photoRefs('tasks', null)).toEqual([]);
  });

  it('pointers to missing photos become empty; a record with none missing is returned as it was', () => {
    expect(withoutMissingPhotos('tasks', task, (id) => id === 'a')).toEqual({
      ...task,
      steps: [{ ...task.steps[0], photoId: null }, task.steps[1]],
    });
    expect(withoutMissingPhotos('tasks', task, () => false).photoId).toBeNull();
    expect(withoutMissingPhotos('tasks', task, () => true)).toBe(task);
    expect(withoutMissingPhotos('people', { id: 'p', portraitId: 'c' }, () => false)).toEqual({
      id: 'p',
      portraitId: null,
    });
    expect(withoutMissingPhotos('tasks', null, () => false)).toBeNull();
  });
});
