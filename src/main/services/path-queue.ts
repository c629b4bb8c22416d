import path from 'node:path';

/**
 * Runs tasks one at a time per file path. Two saves of one file that overlap
 * (autosave racing a Save click) would otherwise interleave their read, backup
 * and rename steps; a per-path queue keeps each task whole. Paths are compared
 * after `path.resolve`, so `./a.northstar` and its absolute spelling share a queue.
 */
export interface PathQueue {
  run<T>(filePath: string, task: () => Promise<T>): Promise<T>;
}

export function createPathQueue(): PathQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(filePath: string, task: () => Promise<T>): Promise<T> {
      const key = path.resolve(filePath);
      const previous = tails.get(key) ?? Promise.resolve();
      // A failed task must not block the next one: chain on settlement, not success.
      const result = previous.then(task, task);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        // Drop the entry once idle so the map does not grow with every file ever saved.
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
