// The session with the server: the schema (nothing can be styled without it), the source documents
// the panels cite, and the health watch that notices when a down API is back.
import { api, ApiError } from './api';
import { t } from './i18n/i18n';
import type { Entity, SchemaDocument } from './graph/types';
import { showBanner, setStatus } from './ui/banner';

/** How often the health watch asks whether a down API is back. */
const HEALTH_EVERY_MS = 5000;

export class Session {
  schema?: SchemaDocument;
  readonly sources = new Map<string, Entity>();
  /** Settles once the sources are known (or failed): panels wait for it, the first picture does not. */
  sourcesLoaded: Promise<void> = Promise.resolve();
  /** True while the sources are being asked for or once they are known: one request, not two. */
  private sourcesAsked = false;
  private healthTimer: number | undefined;

  /** @param onRecovered runs once the API answers again after a failure reported here. */
  constructor(private readonly onRecovered: () => Promise<void>) {}

  async loadSchema(): Promise<SchemaDocument | undefined> {
    try {
      this.schema = await api.schema();
    } catch (error) {
      this.fail(error);
      return undefined;
    }
    this.retrySources();
    return this.schema;
  }

  /** Asks for the sources again only if the last request failed (the page came back after the API was down). */
  retrySources(): void {
    if (!this.sourcesAsked) this.loadSources();
  }

  loadSources(): void {
    this.sourcesAsked = true;
    this.sourcesLoaded = api.sources().then(
      (answer) => {
        for (const s of answer.items) this.sources.set(s.id, s);
      },
      (error) => {
        this.sourcesAsked = false;
        this.fail(error);
      },
    );
  }

  /** Says what went wrong; when the API or its database is down, watches for its return. */
  fail(error: unknown): void {
    if (error instanceof ApiError && error.unavailable) {
      showBanner(t('apiDown', { message: error.message }));
      setStatus(t('serverDown'));
      this.watchHealth();
    } else {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Asks for health every few seconds until it answers, then hands over to `onRecovered`, which
   * redraws: the banner stays until that redraw has succeeded (or reported why it failed).
   */
  private watchHealth(): void {
    if (this.healthTimer !== undefined) return;
    this.healthTimer = window.setInterval(() => {
      api.health().then(
        () => {
          if (this.healthTimer === undefined) return;
          window.clearInterval(this.healthTimer);
          this.healthTimer = undefined;
          void this.onRecovered();
        },
        () => undefined, // still down: keep the banner
      );
    }, HEALTH_EVERY_MS);
  }
}
