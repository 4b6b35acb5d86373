/** The after-sales service ids (service requests and revisits), spread into src/slack/ids.ts (kept here so that file stays under 300 lines). */
export const SERVICE_VIEWS = {
  serviceRequest: 'service_request',
  serviceResolve: 'service_resolve',
  serviceClose: 'service_close',
  /** A revisit (定期回访) logged with its outcome. */
  revisitLog: 'revisit_log',
} as const;

/** "Service request" on a customer card or a contract, and the request's own buttons. */
export const SERVICE_ACTIONS = {
  serviceNewForCustomer: 'service_new_for_customer',
  serviceNewForContract: 'service_new_for_contract',
  serviceStart: 'service_start',
  serviceResolve: 'service_resolve',
  serviceClose: 'service_close',
  /** "Log revisit" on a due revisit in the morning DM. */
  revisitLog: 'revisit_log',
} as const;

/** The service forms' inputs (block and element share the id). */
export const SERVICE_BLOCKS = {
  serviceKind: 'service_kind',
  servicePriority: 'service_priority',
  serviceDescription: 'service_description',
  serviceResolution: 'service_resolution',
  serviceSatisfaction: 'service_satisfaction',
  revisitOutcome: 'revisit_outcome',
  revisitNote: 'revisit_note',
  revisitDealWanted: 'revisit_deal_wanted',
} as const;
