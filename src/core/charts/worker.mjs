// The chart worker: renders charts off the main thread so answers never wait behind a drawing.
// A plain JS entry that loads the TypeScript renderer through tsx (workers do not inherit loaders).
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { renderJob } = await import("./jobs.ts");
parentPort.on("message", async ({ id, job }) => {
  try {
    const image = await renderJob(job);
    // The canvas hands back a Buffer over memory it owns (external, or a slice of Node's pool), which
    // Node 24 refuses to transfer. Copy the bytes into a fresh ArrayBuffer of our own and transfer that.
    const png = new Uint8Array(image.png.byteLength);
    png.set(image.png);
    parentPort.postMessage({ id, image: { ...image, png } }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
