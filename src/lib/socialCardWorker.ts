import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { type CardDrawing, drawSocialCard } from './drawSocialCard.ts';
import type { CardFormat } from './socialCardTree.ts';

/** A card to draw, as `drawSocialCardsOffThread` sends it. */
export interface CardRequest {
  id: number;
  drawing: CardDrawing;
  format: CardFormat;
}

/** The card's PNG bytes, or why it could not be drawn. */
export type CardReply = { id: number; png: Uint8Array } | { id: number; error: string };

// Run as a worker thread (the font file's path as its workerData); several cards are drawn at once, as they arrive.
if (parentPort) {
  const port = parentPort;
  const font = readFileSync(workerData as string);
  port.on('message', ({ id, drawing, format }: CardRequest) => {
    drawSocialCard({ ...drawing, hero: drawing.hero && Buffer.from(drawing.hero) }, font, format).then(
      (png) => port.postMessage({ id, png } satisfies CardReply),
      (error: unknown) =>
        port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CardReply),
    );
  });
}
