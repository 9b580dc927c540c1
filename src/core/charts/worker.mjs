// The chart worker: renders charts off the main thread so answers never wait behind a drawing.
// A plain JS entry that loads the TypeScript renderer through tsx (workers do not inherit loaders).
import { parentPort } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { renderJob } = await import("./jobs.ts");
parentPort.on("message", async ({ id, job }) => {
  try {
    const image = await renderJob(job);
    parentPort.postMessage({ id, image }, [image.png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
