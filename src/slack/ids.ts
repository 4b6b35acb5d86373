// Every Slack identifier the app registers or renders lives here (features' id files are spread in), so views,
// listeners, the manifest and e2e tests never drift apart. Values are stable: open modals and posted buttons use them.
import { FEATURE_ACTIONS, FEATURE_BLOCKS, FEATURE_VIEWS } from './feature-ids.js';

export const COMMANDS = {
  lead: '/lead',
  salesflow: '/salesflow',
  needs: '/needs',
  discount: '/discount',
  contract: '/contract',
  followup: '/followup',
  pipeline: '/pipeline',
  payment: '/payment',
  invoice: '/invoice',
  deliver: '/deliver',
  commission: '/commission',
  target: '/target',
  quote: '/quote',
  product: '/product',
  customer: '/customer',
  service: '/service',
} as const;

export const SHORTCUTS = {
  createLeadFromMessage: 'create_lead_from_message',
} as const;
/** `callback_id` of every modal. */
export const VIEWS = {
  /** Shown over a modal when the request could not be served; has no submit button. */
  unavailable: 'salesflow_unavailable',
  /** Shown in place of a submitted form while it is saved after the ack, then replaced by the outcome. */
  saving: 'salesflow_saving',
  newLead: 'lead_new',
  editLead: 'lead_edit',
  changeStage: 'lead_change_stage',
  logActivity: 'lead_log_activity',
  setFollowUp: 'lead_set_follow_up',
  markWon: 'lead_mark_won',
  markLost: 'lead_mark_lost',
  teamSettings: 'team_settings',
  needsAnalysis: 'needs_analysis',
  discountRequest: 'approval_discount_request',
  contractRequest: 'approval_contract_request',
  approvalReason: 'approval_reason',
  approvalCounterOffer: 'approval_counter_offer',
  approvalPolicy: 'approval_policy',
  // contract ledger
  contractSign: 'ledger_contract_sign',
  contractSchedule: 'ledger_contract_schedule',
  contractDelivered: 'ledger_contract_delivered',
  contractCancel: 'ledger_contract_cancel',
  paymentReject: 'ledger_payment_reject',
  paymentReverse: 'ledger_payment_reverse',
  invoiceIssue: 'ledger_invoice_issue',
  financePolicy: 'ledger_finance_policy',
  commissionPlan: 'ledger_commission_plan',
  dailyPlan: 'targets_daily_plan',
  importUpload: 'lead_import_upload',
  importPreview: 'lead_import_preview',
  // quotes
  quoteBuilder: 'quote_builder',
  quotePaste: 'quote_paste',
  quoteDecline: 'quote_decline',
  ...FEATURE_VIEWS,
  productAdd: 'product_add',
  productEdit: 'product_edit',
} as const;

/** `action_id` of every interactive element that the app listens to. */
export const ACTIONS = {
  // lead card
  leadChangeStage: 'lead_change_stage',
  leadLogActivity: 'lead_log_activity',
  leadSetFollowUp: 'lead_set_follow_up',
  leadEdit: 'lead_edit',
  leadMarkWon: 'lead_mark_won',
  leadMarkLost: 'lead_mark_lost',
  leadOpen: 'lead_open',
  leadNeedsAnalysis: 'lead_needs_analysis',
  leadRequestDiscount: 'lead_request_discount',
  leadRequestContract: 'lead_request_contract',
  leadListPage: 'lead_list_page',
  // App Home
  homeNewLead: 'home_new_lead',
  // needs analysis modal
  needsAnalyze: 'needs_analyze',
  // approvals
  approvalApprove: 'approval_approve',
  approvalReject: 'approval_reject',
  approvalRequestChanges: 'approval_request_changes',
  approvalApproveAt: 'approval_approve_at',
  approvalCancel: 'approval_cancel',
  approvalRevise: 'approval_revise',
  approvalPickLead: 'approval_pick_lead',
  // follow-up reminders
  followUpDone: 'follow_up_done',
  followUpSnooze: 'follow_up_snooze',
  // `/followup <text> <when>` with several matching leads: one button per lead, suffixed with its id
  followUpPickLead: 'follow_up_pick_lead',
  // contract ledger
  ledgerExportCsv: 'ledger_export_csv',
  ledgerPage: 'ledger_page',
  contractOpen: 'ledger_contract_open',
  contractSign: 'ledger_contract_sign',
  contractSchedule: 'ledger_contract_schedule',
  contractDeliver: 'ledger_contract_deliver',
  contractDelivered: 'ledger_contract_delivered',
  contractCancel: 'ledger_contract_cancel',
  paymentConfirm: 'ledger_payment_confirm',
  paymentReject: 'ledger_payment_reject',
  paymentReverse: 'ledger_payment_reverse',
  invoiceIssue: 'ledger_invoice_issue',
  commissionExportCsv: 'ledger_commission_csv',
  reconciliationExportCsv: 'ledger_reconciliation_csv',
  // the morning check-in (day plan)
  planConfirm: 'targets_plan_confirm',
  planEdit: 'targets_plan_edit',
  planOptOut: 'targets_plan_opt_out',
  // imports
  importCheckMapping: 'lead_import_check_mapping',
  /** The button under a file sent to the bot in a DM; its value is the file id. */
  importFromMessage: 'lead_import_from_message',
  /** "Import as price list" under a file sent to the bot in a DM (admins, finance); its value is the file id. */
  importPriceListFromMessage: 'product_import_from_message',
  /** "Open #42" in the new-lead form's duplicate warning. */
  duplicateOpenLead: 'lead_duplicate_open',
  // `/salesflow handover @from @to`: the preview's buttons
  handoverConfirm: 'handover_confirm',
  handoverCancel: 'handover_cancel',
  // quotes: the builder (inside the modal)
  /** The product picker: an `external_select` whose options come from `app.options` (the price list). */
  quoteProduct: 'quote_product',
  quoteAddLine: 'quote_add_line',
  quoteRemoveLine: 'quote_remove_line',
  quotePage: 'quote_page',
  quoteOpenPaste: 'quote_open_paste',
  // quotes: the quote's message and the lead card
  quoteOpen: 'quote_open',
  quoteNew: 'quote_new',
  quoteSubmit: 'quote_submit',
  quoteSend: 'quote_send',
  quoteAccept: 'quote_accept',
  quoteDecline: 'quote_decline',
  quoteRevise: 'quote_revise',
  // a product's card (`/product <SKU>`)
  productEdit: 'product_edit',
  productRetire: 'product_retire',
  productReactivate: 'product_reactivate',
  ...FEATURE_ACTIONS,
} as const;

/** `block_id`s of modal inputs; the input element inside each block uses the same string as `action_id`. */
export const BLOCKS = {
  // App Home charts (block ids are unique within the view)
  homeRepPipeline: 'home_rep_pipeline',
  homeTeamPipeline: 'home_team_pipeline',
  homeTeamTargets: 'home_team_targets',
  company: 'company',
  leadKind: 'lead_kind',
  contactName: 'contact_name',
  contactTitle: 'contact_title',
  phone: 'phone',
  email: 'email',
  industry: 'industry',
  companySize: 'company_size',
  source: 'source',
  estimatedValue: 'estimated_value',
  currency: 'currency',
  expectedCloseDate: 'expected_close_date',
  intent: 'intent',
  nextFollowUpDate: 'next_follow_up_date',
  nextFollowUpTime: 'next_follow_up_time',
  notes: 'notes',
  stage: 'stage',
  activityKind: 'activity_kind',
  activityNote: 'activity_note',
  activityDate: 'activity_date',
  activityTime: 'activity_time',
  followUpNote: 'follow_up_note',
  wonAmount: 'won_amount',
  lostReason: 'lost_reason',
  lostNote: 'lost_note',
  salesChannel: 'sales_channel',
  timezone: 'timezone',
  language: 'language',
  // team schedule settings (stage probabilities: STAGE_PROBABILITY_BLOCK_PREFIX + stage)
  digestTime: 'digest_time',
  workingDays: 'working_days',
  holidayCountry: 'holiday_country',
  teamHolidays: 'team_holidays',
  teamCurrency: 'team_currency',
  staleAfterDays: 'stale_after_days',
  quietWorkingDays: 'quiet_working_days',
  // approvals
  discountPercent: 'discount_percent',
  discountTargetPrice: 'discount_target_price',
  discountListPrice: 'discount_list_price',
  justification: 'justification',
  offerExpiry: 'offer_expiry',
  contractAmount: 'contract_amount',
  contractCurrency: 'contract_currency',
  upfrontPercent: 'upfront_percent',
  paymentTerms: 'payment_terms',
  deliveryDate: 'delivery_date',
  specialTerms: 'special_terms',
  draftLink: 'draft_link',
  approvalRoute: 'approval_route',
  approvalReason: 'approval_reason',
  counterOfferPercent: 'counter_offer_percent',
  policyAutoDiscount: 'policy_auto_discount',
  policyManagerDiscount: 'policy_manager_discount',
  policyManagerContract: 'policy_manager_contract',
  policyFinanceUpfront: 'policy_finance_upfront',
  policyFinanceAmount: 'policy_finance_amount',
  policyReminderHours: 'policy_reminder_hours',
  policyEscalationHours: 'policy_escalation_hours',
  policyCurrency: 'policy_currency',
  needsNotes: 'needs_notes',
  needsIntent: 'needs_intent',
  needsKeepStage: 'needs_keep_stage',
  // contract ledger
  signedLink: 'ledger_signed_link',
  acceptanceNote: 'ledger_acceptance_note',
  ledgerReason: 'ledger_reason',
  scheduleRows: 'ledger_schedule_rows',
  invoiceNumber: 'ledger_invoice_number',
  invoiceDate: 'ledger_invoice_date',
  invoiceAmount: 'ledger_invoice_amount',
  policyInvoiceThreshold: 'ledger_policy_invoice_threshold',
  policyInvoiceDirectorAbove: 'ledger_policy_invoice_director_above',
  policyDeliveryRule: 'ledger_policy_delivery_rule',
  policyOverdueManagerDays: 'ledger_policy_overdue_manager_days',
  policyCreditOverdueDays: 'ledger_policy_credit_overdue_days',
  policyWonRequiresContract: 'ledger_policy_won_requires_contract',
  policyContractPrefix: 'ledger_policy_contract_prefix',
  policyLedgerCurrency: 'ledger_policy_currency',
  planBaseRate: 'ledger_plan_base_rate',
  planTiers: 'ledger_plan_tiers',
  planLateCutoff: 'ledger_plan_late_cutoff',
  planCurrency: 'ledger_plan_currency',
  // day plan modal: one number input per count
  planReturnCalls: 'plan_return_calls',
  planInvitations: 'plan_invitations',
  planVisits: 'plan_visits',
  planNewRecords: 'plan_new_records',
  planDeals: 'plan_deals',
  importFile: 'import_file',
  importPolicy: 'import_duplicate_policy',
  createAnyway: 'lead_create_anyway',
  // quote builder: the add-a-line fields carry the quote's version in their action id, so they clear after an add
  quoteProduct: 'quote_product',
  quoteDescription: 'quote_description',
  quoteUnit: 'quote_unit',
  quoteQuantity: 'quote_quantity',
  quotePrice: 'quote_price',
  quoteLineDiscount: 'quote_line_discount',
  quoteTax: 'quote_tax',
  quoteValidUntil: 'quote_valid_until',
  quotePaymentTerms: 'quote_payment_terms',
  quoteDeliveryTime: 'quote_delivery_time',
  quoteWholeDiscount: 'quote_whole_discount',
  quoteLanguage: 'quote_language',
  quotePriceList: 'quote_price_list',
  quotePasteText: 'quote_paste_text',
  quotePasteFile: 'quote_paste_file',
  quoteDeclineReason: 'quote_decline_reason',
  ...FEATURE_BLOCKS,
  productSku: 'product_sku',
  productNameEn: 'product_name_en',
  productNameZh: 'product_name_zh',
  productUnit: 'product_unit',
  productPrice: 'product_price',
  productTaxRate: 'product_tax_rate',
  productFloorPrice: 'product_floor_price',
} as const;

/** The import preview's column selects: `import_map_<field>` (block and action). */
export const IMPORT_MAPPING_BLOCK_PREFIX = 'import_map_';

/**
 * Needs-analysis answers use `needs_q_<question key>` as block id. Their action id also carries the modal's
 * revision, because Slack keeps what a user typed across `views.update` unless the element's id changes.
 */
export const NEEDS_QUESTION_BLOCK_PREFIX = 'needs_q_';

/** The settings form's win-probability input of each open stage: `stage_probability_<stage>`. */
export const STAGE_PROBABILITY_BLOCK_PREFIX = 'stage_probability_';

export type CommandName = (typeof COMMANDS)[keyof typeof COMMANDS];
export type ViewCallbackId = (typeof VIEWS)[keyof typeof VIEWS];
export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];
