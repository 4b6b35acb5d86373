CREATE TABLE "customer_contacts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "customer_contacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"customer_id" bigint NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"phone" text,
	"email" text,
	"phone_key" text GENERATED ALWAYS AS (salesflow_phone_key(phone)) STORED,
	"email_key" text GENERATED ALWAYS AS (salesflow_email_key(email)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "customers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"kind" text DEFAULT 'company' NOT NULL,
	"name" text NOT NULL,
	"owner_user_id" text NOT NULL,
	"industry" text,
	"notes" text,
	"company_key" text GENERATED ALWAYS AS (salesflow_company_key(name)) STORED,
	"search_text" text GENERATED ALWAYS AS (lower(name)) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "customer_id" bigint;--> statement-breakpoint
CREATE INDEX "customer_contacts_customer_idx" ON "customer_contacts" USING btree ("team_id","customer_id");--> statement-breakpoint
CREATE INDEX "customer_contacts_team_phone_key_idx" ON "customer_contacts" USING btree ("team_id","phone_key");--> statement-breakpoint
CREATE INDEX "customer_contacts_team_email_key_idx" ON "customer_contacts" USING btree ("team_id","email_key");--> statement-breakpoint
CREATE INDEX "customers_team_owner_idx" ON "customers" USING btree ("team_id","owner_user_id");--> statement-breakpoint
CREATE INDEX "customers_team_company_key_idx" ON "customers" USING btree ("team_id","company_key");--> statement-breakpoint
CREATE INDEX "customers_search_text_trgm_idx" ON "customers" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "customers_company_key_trgm_idx" ON "customers" USING gin ("company_key" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "leads_team_customer_idx" ON "leads" USING btree ("team_id","customer_id");