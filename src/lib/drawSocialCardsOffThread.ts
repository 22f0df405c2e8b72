import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardDrawing } from './drawSocialCard.ts';
import { LANDSCAPE_CARD } from './socialCardTree.ts';
import type { CardReply, CardRequest } from './socialCardWorker.ts';

/** Threads that draw: every core but the one the build's main thread renders pages on. */
const DRAWERS = Math.max(1, availableParallelism() - 1);
/**
 * A drawing thread keeps under 25 MB alive, but V8 sized its young generation for a large heap and the thread held
 * 150 MB; 8 MB makes it collect more often, and hold about 35 MB.
 */
const DRAWER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** One drawing thread, and the cards it still owes. */
interface Drawer {
  worker: Worker;
  pending: Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>;
}

/**
 * `drawSocialCard` on worker threads, one per core but the one the build's main thread needs: satori lays out each
 * card in JavaScript, which on the main thread held up the pages waiting to render. `workerFile` is
 * `src/lib/socialCardWorker.ts` (pages are bundled, so it cannot be found from here), `fontFile` the card's font.
 * A thread keeps its process alive only while it owes cards.
 */
export function drawSocialCardsOffThread(workerFile: string, fontFile: string) {
  const drawers: Drawer[] = [];
  let nextId = 0;

  function start(): Drawer {
    const drawer: Drawer = {
      worker: new Worker(workerFile, { workerData: fontFile, resourceLimits: DRAWER_LIMITS }),
      pending: new Map(),
    };
    drawer.worker.unref();
    drawer.worker.on('message', (reply: CardReply) => {
      const job = drawer.pending.get(reply.id);
      drawer.pending.delete(reply.id);
      if (drawer.pending.size === 0) drawer.worker.unref();
      if ('error' in reply) job?.reject(new Error(reply.error));
      else job?.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    });
    drawer.worker.on('error', (error) => {
      for (const job of drawer.pending.values()) job.reject(error);
      drawer.pending.clear();
      drawers.splice(drawers.indexOf(drawer), 1);
    });
    drawers.push(drawer);
    return drawer;
  }

  return function draw(drawing: CardDrawing, format = LANDSCAPE_CARD): Promise<Buffer> {
    const idlest = drawers.toSorted((a, b) => a.pending.size - b.pending.size)[0];
    // A new thread only when every thread is busy and there is a core for it.
    const drawer = !idlest || (idlest.pending.size > 0 && drawers.length < DRAWERS) ? start() : idlest;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      drawer.pending.set(id, { resolve, reject });
      drawer.worker.ref();
      drawer.worker.postMessage({ id, drawing, format } satisfies CardRequest);
    });
  };
}
