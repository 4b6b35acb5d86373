CREATE TABLE "lead_imports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lead_imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"file_sha256" text NOT NULL,
	"table" jsonb,
	"mapping" jsonb NOT NULL,
	"status" text DEFAULT 'previewed' NOT NULL,
	"duplicate_policy" text,
	"row_count" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"rejected" jsonb,
	"progress_channel_id" text,
	"progress_message_ts" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "phone_key" text GENERATED ALWAYS AS (salesflow_phone_key(phone)) STORED;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "email_key" text GENERATED ALWAYS AS (salesflow_email_key(email)) STORED;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "company_key" text GENERATED ALWAYS AS (salesflow_company_key(company_name)) STORED;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "import_key" text;--> statement-breakpoint
CREATE INDEX "lead_imports_team_user_idx" ON "lead_imports" USING btree ("team_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "leads_team_phone_key_idx" ON "leads" USING btree ("team_id","phone_key");--> statement-breakpoint
CREATE INDEX "leads_team_email_key_idx" ON "leads" USING btree ("team_id","email_key");--> statement-breakpoint
CREATE INDEX "leads_company_key_trgm_idx" ON "leads" USING gin ("company_key" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE UNIQUE INDEX "leads_team_import_key_idx" ON "leads" USING btree ("team_id","import_key");