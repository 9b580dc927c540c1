import { fileURLToPath } from "node:url";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { Chart, registerables, type ChartConfiguration } from "chart.js";
import { THEME } from "./theme.ts";

/**
 * Chart.js on @napi-rs/canvas, with a bundled font (DejaVu Sans, assets/fonts) so a chart looks the
 * same on every machine. Charts are drawn on a light card with dark text: readable in both light
 * and dark chat themes.
 */

export const FONT = "EE Sans";
let ready = false;

function setup(): void {
  if (ready) return;
  GlobalFonts.registerFromPath(fileURLToPath(new URL("../../../assets/fonts/DejaVuSans.ttf", import.meta.url)), FONT);
  GlobalFonts.registerFromPath(fileURLToPath(new URL("../../../assets/fonts/DejaVuSans-Bold.ttf", import.meta.url)), FONT);
  Chart.register(...registerables);
  Chart.defaults.font.family = FONT;
  Chart.defaults.color = "#1f2328";
  Chart.defaults.animation = false;
  Chart.defaults.responsive = false;
  ready = true;
}


/** Fills the background (a canvas is transparent by default, which dark themes show as black). */
const background = {
  id: "ee-background",
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = THEME.background;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Renders a chart configuration to a PNG of `width` × `height` pixels. */
export async function renderPng(config: ChartConfiguration, width: number, height: number): Promise<Buffer> {
  setup();
  const canvas = createCanvas(width, height);
  const chart = new Chart(canvas.getContext("2d") as unknown as ConstructorParameters<typeof Chart>[0], {
    ...config,
    options: { ...config.options, devicePixelRatio: 1, responsive: false, animation: false },
    plugins: [...(config.plugins ?? []), background],
  });
  try {
    return await canvas.encode("png");
  } finally {
    chart.destroy();
  }
}
