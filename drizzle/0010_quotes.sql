CREATE TABLE "contract_lines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contract_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"contract_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"product_id" bigint,
	"sku" text,
	"description" text NOT NULL,
	"unit" text NOT NULL,
	"quantity_milli" bigint NOT NULL,
	"unit_price_minor" bigint NOT NULL,
	"discount_bp" integer DEFAULT 0 NOT NULL,
	"net_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"delivery_time" text,
	"quote_id" bigint,
	"quote_version" integer,
	CONSTRAINT "contract_lines_quantity_positive" CHECK ("contract_lines"."quantity_milli" > 0),
	CONSTRAINT "contract_lines_amounts_not_negative" CHECK ("contract_lines"."unit_price_minor" >= 0 and "contract_lines"."net_minor" >= 0),
	CONSTRAINT "contract_lines_discount_range" CHECK ("contract_lines"."discount_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "quote_lines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quote_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"quote_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"product_id" bigint,
	"sku" text,
	"description" text NOT NULL,
	"unit" text NOT NULL,
	"quantity_milli" bigint NOT NULL,
	"unit_price_minor" bigint NOT NULL,
	"discount_bp" integer DEFAULT 0 NOT NULL,
	"tax_rate_bp" integer DEFAULT 0 NOT NULL,
	"net_minor" bigint NOT NULL,
	"list_price_minor" bigint,
	"floor_price_minor" bigint,
	CONSTRAINT "quote_lines_quantity_positive" CHECK ("quote_lines"."quantity_milli" > 0),
	CONSTRAINT "quote_lines_price_not_negative" CHECK ("quote_lines"."unit_price_minor" >= 0),
	CONSTRAINT "quote_lines_discount_range" CHECK ("quote_lines"."discount_bp" between 0 and 10000),
	CONSTRAINT "quote_lines_tax_range" CHECK ("quote_lines"."tax_rate_bp" between 0 and 10000),
	CONSTRAINT "quote_lines_net_not_negative" CHECK ("quote_lines"."net_minor" >= 0),
	CONSTRAINT "quote_lines_reference_prices_not_negative" CHECK (coalesce("quote_lines"."list_price_minor", 0) >= 0 and coalesce("quote_lines"."floor_price_minor", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "quote_counters" (
	"team_id" text NOT NULL,
	"year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "quote_counters_team_id_year_pk" PRIMARY KEY("team_id","year")
);
--> statement-breakpoint
CREATE TABLE "quote_versions" (
	"team_id" text NOT NULL,
	"quote_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"document" jsonb NOT NULL,
	"total_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"file_id" text,
	"file_permalink" text,
	"sent_by_user_id" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "quote_versions_quote_id_version_pk" PRIMARY KEY("quote_id","version"),
	CONSTRAINT "quote_versions_total_not_negative" CHECK ("quote_versions"."total_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "quotes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"number" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"lead_id" bigint NOT NULL,
	"owner_user_id" text NOT NULL,
	"price_list_id" bigint,
	"currency" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"valid_until" date NOT NULL,
	"payment_terms" text,
	"delivery_time" text,
	"discount_bp" integer DEFAULT 0 NOT NULL,
	"language" text NOT NULL,
	"approval_request_id" bigint,
	"decline_reason" text,
	"sent_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quotes_discount_range" CHECK ("quotes"."discount_bp" between 0 and 10000),
	CONSTRAINT "quotes_version_positive" CHECK ("quotes"."current_version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "finance_policies" ADD COLUMN "quote_prefix" text DEFAULT 'BJ' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "contract_lines_contract_position_uq" ON "contract_lines" USING btree ("contract_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "quote_lines_quote_position_uq" ON "quote_lines" USING btree ("quote_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_team_number_uq" ON "quotes" USING btree ("team_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_team_year_seq_uq" ON "quotes" USING btree ("team_id","year","seq");--> statement-breakpoint
CREATE INDEX "quotes_team_lead_idx" ON "quotes" USING btree ("team_id","lead_id");--> statement-breakpoint
CREATE INDEX "quotes_team_owner_status_idx" ON "quotes" USING btree ("team_id","owner_user_id","status");--> statement-breakpoint
CREATE INDEX "quotes_team_status_valid_idx" ON "quotes" USING btree ("team_id","status","valid_until");