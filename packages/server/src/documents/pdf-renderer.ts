import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { AppError } from '../http/app-error.js';
import { fontContentType, FONT_FILES_DIR, isFontFile } from './print-fonts.js';

/**
 * A private origin the browser is pointed at: every request to it is answered from memory or
 * from the bundled font files, and every other request is refused, so printing never touches the
 * network (LGWAN) and a plan's text can never make the browser fetch anything.
 */
export const PRINT_ORIGIN = 'http://gyokaku.print';
export const PRINT_FONT_BASE_URL = `${PRINT_ORIGIN}/fonts`;

const DEFAULT_EXECUTABLE = '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

// Chromium draws the footer in its own context without the page's fonts: digits and a slash
// only, which every fallback font has.
const FOOTER_TEMPLATE =
  '<div style="width:100%;text-align:center;font-size:8px;color:#444;font-family:sans-serif;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export interface PdfRenderOptions {
  /** Page numbers (n / total) in the bottom margin; on by default. */
  pageNumbers?: boolean;
}

export interface PdfRenderer {
  renderPdf(html: string, options?: PdfRenderOptions): Promise<Buffer>;
  /** Ends the browser process; a later `renderPdf` starts a new one. */
  close(): Promise<void>;
}

export interface PdfRendererOptions {
  executablePath?: string;
  /** Documents printed at once; each holds a page in memory (a 165-sheet booklet ~ 100 MB). */
  concurrency?: number;
  /** Per document, for loading and printing together. */
  timeoutMs?: number;
}

export const pdfUnavailable = () =>
  new AppError(503, 'pdf_unavailable', 'PDF を作成できません（Chromium がインストールされていません）。');

/** Fontsource's files, read once each: a document asks only for the subsets its text uses. */
const fontCache = new Map<string, Promise<Buffer>>();
function fontFile(name: string): Promise<Buffer> {
  let file = fontCache.get(name);
  if (!file) {
    file = readFile(join(FONT_FILES_DIR, name));
    fontCache.set(name, file);
    file.catch(() => fontCache.delete(name));
  }
  return file;
}

async function answer(route: Route, html: string): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== PRINT_ORIGIN) return route.abort('blockedbyclient');
  if (url.pathname === '/') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  const font = /^\/fonts\/files\/([^/]+)$/u.exec(url.pathname)?.[1];
  if (font && isFontFile(font)) return route.fulfill({ status: 200, contentType: fontContentType(font), body: await fontFile(font) });
  return route.fulfill({ status: 404, body: '' });
}

/** A small counting semaphore: at most `limit` documents in the browser at once. */
function limiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

class BrowserLost extends Error {
  constructor(cause: unknown) {
    super('Chromium exited while printing', { cause });
  }
}

interface PrintSlot {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The document this slot answers `/` with; set just before navigating. */
  html: string;
}

/**
 * Keeps one Chromium process for the life of the server: a cold launch costs about a second.
 * Each document still gets a fresh browser context (nothing of one document, not even cache,
 * is visible to the next), but one context is opened ahead of need: creating it and its page
 * starts a renderer process, about half a second that would otherwise add to every PDF.
 * The browser starts on the first document and again after a crash.
 */
export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  const executablePath = options.executablePath ?? process.env.GYOKAKU_CHROMIUM ?? DEFAULT_EXECUTABLE;
  const timeout = options.timeoutMs ?? 120_000;
  const limit = limiter(options.concurrency ?? 2);
  let browser: Promise<Browser> | null = null;
  let spare: Promise<PrintSlot> | null = null;
  let closed = false;

  function launch(): Promise<Browser> {
    if (!existsSync(executablePath)) return Promise.reject(pdfUnavailable());
    const launching = chromium
      .launch({ executablePath, args: LAUNCH_ARGS, timeout: 30_000 })
      .then((started) => {
        started.on('disconnected', () => {
          if (browser === launching) browser = null;
        });
        return started;
      })
      .catch((error: unknown) => {
        throw error instanceof AppError ? error : Object.assign(pdfUnavailable(), { cause: error });
      });
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
    return launching;
  }

  async function connectedBrowser(): Promise<Browser> {
    if (browser) {
      const current = await browser.catch(() => null);
      if (current?.isConnected()) return current;
      browser = null;
    }
    browser = launch();
    return browser;
  }

  async function openSlot(): Promise<PrintSlot> {
    const current = await connectedBrowser();
    const context = await current.newContext({ javaScriptEnabled: false });
    try {
      context.setDefaultTimeout(timeout);
      const document = { html: '' };
      await context.route('**/*', (route) => answer(route, document.html));
      return Object.assign(document, { browser: current, context, page: await context.newPage() });
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  }

  function prepareSpare(): void {
    if (closed || spare) return;
    const opening = openSlot();
    opening.catch(() => {
      if (spare === opening) spare = null;
    });
    spare = opening;
  }

  /** The spare slot if it is alive, else a new one. */
  async function takeSlot(): Promise<PrintSlot> {
    const taken = spare;
    spare = null;
    const slot = await taken?.catch(() => null);
    if (slot?.browser.isConnected()) return slot;
    if (slot) await slot.context.close().catch(() => undefined);
    return openSlot();
  }

  async function print(html: string, { pageNumbers = true }: PdfRenderOptions): Promise<Buffer> {
    const slot = await takeSlot();
    try {
      slot.html = html;
      await slot.page.goto(`${PRINT_ORIGIN}/`, { waitUntil: 'load' });
      await slot.page.evaluate('document.fonts.ready.then(() => true)');
      return await slot.page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        preferCSSPageSize: true,
        displayHeaderFooter: pageNumbers,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER_TEMPLATE,
      });
    } catch (error) {
      throw slot.browser.isConnected() ? error : new BrowserLost(error);
    } finally {
      await slot.context.close().catch(() => undefined);
      // Only now: opening the next context while this one prints would slow this print down.
      prepareSpare();
    }
  }

  return {
    renderPdf: (html, renderOptions = {}) => {
      closed = false;
      // A browser that dies under a document (out of memory, killed) is replaced, and the
      // document printed once more on the new one.
      return limit(() =>
        print(html, renderOptions).catch((error: unknown) => {
          if (error instanceof BrowserLost) return print(html, renderOptions);
          throw error;
        }),
      );
    },
    async close() {
      closed = true;
      const [pendingSpare, pendingBrowser] = [spare, browser];
      spare = null;
      browser = null;
      const slot = await pendingSpare?.catch(() => null);
      await slot?.context.close().catch(() => undefined);
      const current = await pendingBrowser?.catch(() => null);
      await current?.close().catch(() => undefined);
    },
  };
}
