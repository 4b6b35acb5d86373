CREATE TABLE "revisits" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "revisits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"customer_id" bigint NOT NULL,
	"contract_id" bigint NOT NULL,
	"owner_user_id" text NOT NULL,
	"days_after_delivery" bigint NOT NULL,
	"due_on" date NOT NULL,
	"outcome" text,
	"logged_by_user_id" text,
	"logged_at" timestamp with time zone,
	"new_lead_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"request_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"actor_user_id" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"details" jsonb,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_policies" (
	"team_id" text PRIMARY KEY NOT NULL,
	"service_owner_user_id" text,
	"targets" jsonb,
	"revisit_days" integer[],
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"customer_id" bigint NOT NULL,
	"lead_id" bigint,
	"contract_id" bigint,
	"kind" text NOT NULL,
	"priority" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"description" text NOT NULL,
	"owner_user_id" text NOT NULL,
	"opened_by_user_id" text NOT NULL,
	"resolution" text,
	"satisfaction" integer,
	"channel_id" text,
	"thread_ts" text,
	"opened_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by_user_id" text,
	"response_reminded_at" timestamp with time zone,
	"response_missed_at" timestamp with time zone,
	"resolution_reminded_at" timestamp with time zone,
	"resolution_missed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_requests_satisfaction_range" CHECK ("service_requests"."satisfaction" between 1 and 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "revisits_contract_offset_uq" ON "revisits" USING btree ("team_id","contract_id","days_after_delivery");--> statement-breakpoint
CREATE INDEX "revisits_team_owner_due_idx" ON "revisits" USING btree ("team_id","owner_user_id","due_on");--> statement-breakpoint
CREATE INDEX "revisits_team_customer_due_idx" ON "revisits" USING btree ("team_id","customer_id","due_on");--> statement-breakpoint
CREATE INDEX "service_events_team_request_idx" ON "service_events" USING btree ("team_id","request_id","occurred_at");--> statement-breakpoint
CREATE INDEX "service_requests_team_customer_idx" ON "service_requests" USING btree ("team_id","customer_id","status");--> statement-breakpoint
CREATE INDEX "service_requests_open_idx" ON "service_requests" USING btree ("team_id","status") WHERE "service_requests"."status" in ('open', 'in_progress');