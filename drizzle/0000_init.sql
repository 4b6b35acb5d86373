-- Added by hand after `drizzle-kit generate` (which cannot emit extensions): leads_search_text_trgm_idx below
-- needs pg_trgm. It is a trusted extension (Postgres 13+), so a database owner without superuser may create it;
-- PGlite loads its code in src/db/client.ts. Keep this statement when the migration is regenerated.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "activities" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"lead_id" bigint NOT NULL,
	"actor_user_id" text NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"from_stage" text,
	"to_stage" text,
	"details" jsonb,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "approval_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"request_id" bigint NOT NULL,
	"lead_id" bigint NOT NULL,
	"revision" integer NOT NULL,
	"step" integer,
	"kind" text NOT NULL,
	"actor_user_id" text,
	"subject_user_id" text,
	"via" text,
	"comment" text,
	"value" numeric(16, 2),
	"details" jsonb,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_policies" (
	"team_id" text PRIMARY KEY NOT NULL,
	"auto_approve_discount_percent" numeric(5, 2) DEFAULT 5 NOT NULL,
	"manager_max_discount_percent" numeric(5, 2) DEFAULT 15 NOT NULL,
	"manager_max_contract_amount" numeric(16, 2) DEFAULT 100000 NOT NULL,
	"finance_min_upfront_percent" numeric(5, 2) DEFAULT 30 NOT NULL,
	"finance_above_amount" numeric(16, 2) DEFAULT 500000 NOT NULL,
	"reminder_delay_minutes" integer DEFAULT 240 NOT NULL,
	"escalation_delay_minutes" integer DEFAULT 540 NOT NULL,
	"currency" text,
	"updated_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_requests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "approval_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"lead_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"requester_user_id" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"current_step" integer DEFAULT 1 NOT NULL,
	"step_count" integer DEFAULT 0 NOT NULL,
	"details" jsonb NOT NULL,
	"channel_id" text,
	"thread_ts" text,
	"message_ts" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_steps" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "approval_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"request_id" bigint NOT NULL,
	"revision" integer NOT NULL,
	"step" integer NOT NULL,
	"role" text NOT NULL,
	"approver_user_id" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"comment" text,
	"via" text,
	"approved_value" numeric(16, 2),
	"activated_at" timestamp with time zone,
	"message_channel_id" text,
	"message_ts" text,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"escalated_to_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "leads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"owner_user_id" text NOT NULL,
	"created_by_user_id" text NOT NULL,
	"kind" text DEFAULT 'company' NOT NULL,
	"company_name" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_title" text,
	"phone" text,
	"email" text,
	"industry" text,
	"company_size" text,
	"source" text,
	"estimated_value" numeric(16, 2),
	"currency" text,
	"expected_close_date" date,
	"intent" text,
	"stage" text DEFAULT 'new' NOT NULL,
	"next_follow_up_on" date,
	"next_follow_up_time" text,
	"notes" text,
	"won_amount" numeric(16, 2),
	"lost_reason" text,
	"lost_note" text,
	"completeness" integer DEFAULT 0 NOT NULL,
	"approved_discount_percent" numeric(5, 2),
	"approved_contract_amount" numeric(16, 2),
	"channel_id" text,
	"thread_ts" text,
	"search_text" text NOT NULL,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members" (
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text DEFAULT 'rep' NOT NULL,
	"manager_user_id" text,
	"display_name" text,
	"slack_locale" text,
	"language" text,
	"timezone" text,
	"is_workspace_admin" boolean DEFAULT false NOT NULL,
	"reminder_time" text DEFAULT '09:00' NOT NULL,
	"vacation_until" date,
	"delegate_user_id" text,
	"delegate_until" date,
	"profile_fetched_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "needs_answers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "needs_answers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"lead_id" bigint NOT NULL,
	"question_key" text NOT NULL,
	"answer" text NOT NULL,
	"source" text NOT NULL,
	"answered_by" text NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "needs_competitors" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "needs_competitors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"name" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs_questions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "needs_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"text_en" text,
	"text_zh" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"method" text NOT NULL,
	"payload" jsonb NOT NULL,
	"channel" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"response" jsonb,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processed_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduled_runs" (
	"key" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"kind" text NOT NULL,
	"claimed_by" text NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"team_id" text PRIMARY KEY NOT NULL,
	"sales_channel_id" text,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"language" text,
	"currency" text DEFAULT 'CNY' NOT NULL,
	"working_days" integer[] DEFAULT '{1,2,3,4,5}' NOT NULL,
	"digest_time" text DEFAULT '08:30' NOT NULL,
	"stage_probabilities" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "activities_team_lead_idx" ON "activities" USING btree ("team_id","lead_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_team_occurred_idx" ON "activities" USING btree ("team_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activities_team_kind_occurred_idx" ON "activities" USING btree ("team_id","kind","occurred_at");--> statement-breakpoint
CREATE INDEX "approval_events_team_request_idx" ON "approval_events" USING btree ("team_id","request_id");--> statement-breakpoint
CREATE INDEX "approval_events_team_lead_idx" ON "approval_events" USING btree ("team_id","lead_id","occurred_at");--> statement-breakpoint
CREATE INDEX "approval_requests_team_lead_idx" ON "approval_requests" USING btree ("team_id","lead_id");--> statement-breakpoint
CREATE INDEX "approval_requests_team_status_idx" ON "approval_requests" USING btree ("team_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_steps_request_revision_step_idx" ON "approval_steps" USING btree ("request_id","revision","step");--> statement-breakpoint
CREATE INDEX "approval_steps_team_status_idx" ON "approval_steps" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "leads_team_owner_stage_idx" ON "leads" USING btree ("team_id","owner_user_id","stage");--> statement-breakpoint
CREATE INDEX "leads_team_stage_idx" ON "leads" USING btree ("team_id","stage");--> statement-breakpoint
CREATE INDEX "leads_team_follow_up_idx" ON "leads" USING btree ("team_id","next_follow_up_on");--> statement-breakpoint
CREATE INDEX "leads_team_created_idx" ON "leads" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "leads_team_last_activity_idx" ON "leads" USING btree ("team_id","last_activity_at" desc);--> statement-breakpoint
CREATE INDEX "leads_search_text_trgm_idx" ON "leads" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "members_manager_idx" ON "members" USING btree ("team_id","manager_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "needs_answers_current_uq" ON "needs_answers" USING btree ("team_id","lead_id","question_key") WHERE "needs_answers"."superseded_at" is null;--> statement-breakpoint
CREATE INDEX "needs_answers_team_lead_idx" ON "needs_answers" USING btree ("team_id","lead_id","answered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "needs_competitors_team_name_uq" ON "needs_competitors" USING btree ("team_id",lower("name"));--> statement-breakpoint
CREATE INDEX "needs_questions_team_idx" ON "needs_questions" USING btree ("team_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_team_idempotency_key_idx" ON "outbox" USING btree ("team_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "outbox_status_next_attempt_idx" ON "outbox" USING btree ("status","next_attempt_at") WHERE "outbox"."status" in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "scheduled_runs_team_kind_idx" ON "scheduled_runs" USING btree ("team_id","kind","claimed_at");