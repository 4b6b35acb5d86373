CREATE TABLE "inbound_rate_windows" (
	"team_id" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "inbound_rate_windows_team_id_window_start_pk" PRIMARY KEY("team_id","window_start")
);
--> statement-breakpoint
CREATE TABLE "inbound_requests" (
	"team_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer NOT NULL,
	"response" jsonb NOT NULL,
	"lead_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbound_requests_team_id_idempotency_key_pk" PRIMARY KEY("team_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "inbound_sources" (
	"team_id" text PRIMARY KEY NOT NULL,
	"key_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"pool_user_ids" text[] DEFAULT '{}' NOT NULL,
	"assign_counter" bigint DEFAULT 0 NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rotated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "holiday_country" text;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "holidays" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "stale_after_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "quiet_working_days" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
CREATE INDEX "inbound_requests_created_idx" ON "inbound_requests" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "inbound_sources_key_id_idx" ON "inbound_sources" USING btree ("key_id");--> statement-breakpoint
CREATE INDEX "leads_timed_follow_up_idx" ON "leads" USING btree ("next_follow_up_on") WHERE "leads"."next_follow_up_time" is not null;--> statement-breakpoint
CREATE INDEX "outbox_lead_card_sent_idx" ON "outbox" USING btree ("sent_at") WHERE "outbox"."idempotency_key" like 'lead-card:%' and "outbox"."status" = 'sent';