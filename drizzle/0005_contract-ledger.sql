CREATE TABLE "commission_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commission_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"payment_id" bigint NOT NULL,
	"contract_id" bigint NOT NULL,
	"rep_user_id" text NOT NULL,
	"month" text NOT NULL,
	"currency" text NOT NULL,
	"kind" text NOT NULL,
	"collected_minor" bigint NOT NULL,
	"basis_minor" bigint NOT NULL,
	"commission_minor" bigint NOT NULL,
	"detail" jsonb,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_plans" (
	"team_id" text PRIMARY KEY NOT NULL,
	"base_rate_bp" integer DEFAULT 0 NOT NULL,
	"tiers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"late_cutoff_days" integer,
	"currency" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_sheets" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commission_sheets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"month" text NOT NULL,
	"approval_request_id" bigint NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"totals" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contract_counters" (
	"team_id" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "contract_counters_team_id_year_pk" PRIMARY KEY("team_id","year")
);
--> statement-breakpoint
CREATE TABLE "contract_installments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contract_installments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"contract_id" bigint NOT NULL,
	"seq" integer NOT NULL,
	"due_on" date NOT NULL,
	"amount_minor" bigint NOT NULL,
	"collected_minor" bigint DEFAULT 0 NOT NULL,
	"is_upfront" boolean DEFAULT false NOT NULL,
	CONSTRAINT "contract_installments_amount_positive" CHECK ("contract_installments"."amount_minor" > 0),
	CONSTRAINT "contract_installments_collected_within_amount" CHECK ("contract_installments"."collected_minor" between 0 and "contract_installments"."amount_minor")
);
--> statement-breakpoint
CREATE TABLE "contract_invoices" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contract_invoices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"contract_id" bigint NOT NULL,
	"approval_request_id" bigint NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_by_user_id" text NOT NULL,
	"invoice_number" text,
	"issued_on" date,
	"issued_by_user_id" text,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_invoices_amount_positive" CHECK ("contract_invoices"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "contract_payments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contract_payments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"contract_id" bigint NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"received_on" date NOT NULL,
	"note" text,
	"status" text NOT NULL,
	"reported_by_user_id" text NOT NULL,
	"confirmed_by_user_id" text,
	"confirmed_at" timestamp with time zone,
	"rejected_by_user_id" text,
	"rejected_at" timestamp with time zone,
	"reject_reason" text,
	"reversed_by_user_id" text,
	"reversed_at" timestamp with time zone,
	"reverse_reason" text,
	"notice_channel_id" text,
	"notice_ts" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_payments_amount_positive" CHECK ("contract_payments"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contracts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"lead_id" bigint NOT NULL,
	"approval_request_id" bigint NOT NULL,
	"owner_user_id" text NOT NULL,
	"customer_name" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"upfront_bp" integer NOT NULL,
	"payment_terms" text,
	"delivery_date" date,
	"special_terms" text,
	"draft_link" text,
	"signed_link" text,
	"status" text DEFAULT 'approved' NOT NULL,
	"collected_minor" bigint DEFAULT 0 NOT NULL,
	"invoiced_minor" bigint DEFAULT 0 NOT NULL,
	"acceptance_note" text,
	"cancel_reason" text,
	"approved_at" timestamp with time zone NOT NULL,
	"signed_at" timestamp with time zone,
	"dispatched_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_amount_positive" CHECK ("contracts"."amount_minor" > 0),
	CONSTRAINT "contracts_collected_within_amount" CHECK ("contracts"."collected_minor" between 0 and "contracts"."amount_minor"),
	CONSTRAINT "contracts_invoiced_within_amount" CHECK ("contracts"."invoiced_minor" between 0 and "contracts"."amount_minor")
);
--> statement-breakpoint
CREATE TABLE "finance_policies" (
	"team_id" text PRIMARY KEY NOT NULL,
	"invoice_threshold_bp" integer DEFAULT 6000 NOT NULL,
	"invoice_director_above_minor" bigint,
	"delivery_rule" text DEFAULT 'first_payment' NOT NULL,
	"overdue_manager_days" integer DEFAULT 7 NOT NULL,
	"won_requires_contract" boolean DEFAULT false NOT NULL,
	"contract_prefix" text DEFAULT 'HT' NOT NULL,
	"currency" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"contract_id" bigint,
	"payment_id" bigint,
	"invoice_id" bigint,
	"sheet_id" bigint,
	"kind" text NOT NULL,
	"actor_user_id" text,
	"amount_minor" bigint,
	"currency" text,
	"reason" text,
	"details" jsonb,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_allocations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payment_allocations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"payment_id" bigint NOT NULL,
	"installment_id" bigint NOT NULL,
	"contract_id" bigint NOT NULL,
	"amount_minor" bigint NOT NULL,
	"days_late" integer NOT NULL,
	"reversed_at" timestamp with time zone,
	CONSTRAINT "payment_allocations_amount_positive" CHECK ("payment_allocations"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "commission_entries_payment_kind_uq" ON "commission_entries" USING btree ("team_id","payment_id","kind");--> statement-breakpoint
CREATE INDEX "commission_entries_team_month_idx" ON "commission_entries" USING btree ("team_id","month","rep_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commission_sheets_team_month_uq" ON "commission_sheets" USING btree ("team_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "commission_sheets_team_request_uq" ON "commission_sheets" USING btree ("team_id","approval_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_installments_contract_seq_uq" ON "contract_installments" USING btree ("contract_id","seq");--> statement-breakpoint
CREATE INDEX "contract_installments_team_due_idx" ON "contract_installments" USING btree ("team_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_invoices_team_request_uq" ON "contract_invoices" USING btree ("team_id","approval_request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_invoices_team_number_uq" ON "contract_invoices" USING btree ("team_id","invoice_number") WHERE "contract_invoices"."invoice_number" is not null;--> statement-breakpoint
CREATE INDEX "contract_invoices_team_contract_idx" ON "contract_invoices" USING btree ("team_id","contract_id");--> statement-breakpoint
CREATE INDEX "contract_payments_team_contract_idx" ON "contract_payments" USING btree ("team_id","contract_id");--> statement-breakpoint
CREATE INDEX "contract_payments_team_status_idx" ON "contract_payments" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "contract_payments_team_confirmed_idx" ON "contract_payments" USING btree ("team_id","confirmed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_team_number_uq" ON "contracts" USING btree ("team_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "contracts_team_request_uq" ON "contracts" USING btree ("team_id","approval_request_id");--> statement-breakpoint
CREATE INDEX "contracts_team_lead_idx" ON "contracts" USING btree ("team_id","lead_id");--> statement-breakpoint
CREATE INDEX "contracts_team_owner_status_idx" ON "contracts" USING btree ("team_id","owner_user_id","status");--> statement-breakpoint
CREATE INDEX "ledger_events_team_contract_idx" ON "ledger_events" USING btree ("team_id","contract_id","occurred_at");--> statement-breakpoint
CREATE INDEX "ledger_events_team_occurred_idx" ON "ledger_events" USING btree ("team_id","occurred_at");--> statement-breakpoint
CREATE INDEX "payment_allocations_payment_idx" ON "payment_allocations" USING btree ("team_id","payment_id");