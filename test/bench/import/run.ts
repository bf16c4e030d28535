/**
 * `npm run bench:import [-- SIZE_MB]` (add NODE_OPTIONS=--expose-gc for the after-GC figure): how fast a model file reaches the models folder, and what
 * memory it takes while it does. A file of SIZE_MB (default 512) made of the tiny model plus zeros
 * is (1) uploaded over the real loopback host in the page's pieces (512 KiB, base64 JSON, one in
 * flight) and finished (header check + sha256 from disk), and (2) imported from disk (copy with
 * sha256). Prints MB/s per phase, the projected time for a 2.5 GB model, and the process's peak
 * resident memory above its start (the file is never held whole). Figures only; no assertions.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { ensureTinyModel } from '../../../models/tiny/generate.js';
import { ADMIN_PASSWORD } from '../../helpers/org.js';
import { startLoopbackOrg } from '../../host/loopback.js';

const PIECE = 512 * 1024;
const MB = 1024 * 1024;
const sizeMb = Number(process.argv[2] ?? 512);

let peakRss = 0;
/** JavaScript heap plus Buffers outside it: what the program holds (RSS also counts freed pages kept by the allocator). */
let peakHeld = 0;
const held = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  peakHeld = Math.max(peakHeld, held());
}, 50);

async function main(): Promise<void> {
  const org = await startLoopbackOrg();
  try {
    const work = path.join(org.dataDir, '..', 'bench-src');
    await fs.mkdir(work, { recursive: true });
    const tiny = await ensureTinyModel(work);
    const file = path.join(work, 'stor.gguf');
    await fs.copyFile(tiny, file);
    const handle = await fs.open(file, 'a');
    const zeros = Buffer.alloc(MB);
    for (let i = 0; i < sizeMb; i++) await handle.write(zeros);
    await handle.close();
    const size = (await fs.stat(file)).size;

    const page = await org.page();
    const call = async (name: string, input: unknown) => {
      const { body } = await page.call(name, input);
      if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
      return body;
    };
    await call('auth.login', { username: 'admin', password: ADMIN_PASSWORD });

    const baseRss = process.memoryUsage().rss;
    const baseHeld = held();
    peakRss = baseRss;
    peakHeld = baseHeld;
    const t0 = performance.now();
    await call('model.uploadBegin', { stream: 'bench', fileName: 'stor.gguf', sizeBytes: size });
    const source = await fs.open(file, 'r');
    const buffer = Buffer.alloc(PIECE);
    const gc = (globalThis as { gc?: () => void }).gc;
    let heldAfterGc = 0;
    for (let offset = 0; offset < size; offset += PIECE) {
      // With --expose-gc: what is still held after a full collection, every 64 pieces (32 MB).
      if (gc && offset % (64 * PIECE) === 0) {
        gc();
        heldAfterGc = Math.max(heldAfterGc, held() - baseHeld);
      }
      const { bytesRead } = await source.read(buffer, 0, PIECE, offset);
      await call('model.uploadChunk', {
        stream: 'bench',
        offset,
        data: buffer.subarray(0, bytesRead).toString('base64'),
      });
    }
    await source.close();
    const t1 = performance.now();
    await call('model.uploadFinish', { stream: 'bench' });
    const t2 = performance.now();
    const uploadPeak = peakRss - baseRss;
    const uploadHeld = peakHeld - baseHeld;

    await fs.rm(path.join(org.dataDir, 'models'), { recursive: true, force: true });
    peakRss = process.memoryUsage().rss;
    const t3 = performance.now();
    await org.core.services.models.import(file);
    const t4 = performance.now();

    const rate = (ms: number) => size / MB / (ms / 1000);
    const projected = (ms: number) => ((2.5 * 1024 ** 3) / size) * (ms / 1000);
    console.log(`file: ${(size / MB).toFixed(1)} MB`);
    console.log(
      `upload (pieces over the host): ${((t1 - t0) / 1000).toFixed(1)} s, ${rate(t1 - t0).toFixed(1)} MB/s, 2.5 GB ≈ ${projected(t1 - t0).toFixed(0)} s`,
    );
    console.log(
      `finish (header + sha256 from disk): ${((t2 - t1) / 1000).toFixed(1)} s, ${rate(t2 - t1).toFixed(1)} MB/s, 2.5 GB ≈ ${projected(t2 - t1).toFixed(0)} s`,
    );
    console.log(
      `import from disk (copy + sha256): ${((t4 - t3) / 1000).toFixed(1)} s, ${rate(t4 - t3).toFixed(1)} MB/s, 2.5 GB ≈ ${projected(t4 - t3).toFixed(0)} s`,
    );
    console.log(`peak resident memory above start during upload: ${(uploadPeak / MB).toFixed(1)} MB`);
    console.log(`peak heap + buffers above start during upload: ${(uploadHeld / MB).toFixed(1)} MB`);
    if (gc) console.log(`heap + buffers still held after a full GC, at most: ${(heldAfterGc / MB).toFixed(1)} MB`);
  } finally {
    clearInterval(sampler);
    await org.close();
  }
}

void main();
