/** Work that runs beside the request handlers (the scheduler, the outbox worker), started once the app is ready. */
export interface BackgroundJob {
  start(): void;
  stop(): Promise<void>;
}
