CREATE TABLE "price_list_items" (
	"team_id" text NOT NULL,
	"price_list_id" bigint NOT NULL,
	"product_id" bigint NOT NULL,
	"price_minor" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_list_items_price_list_id_product_id_pk" PRIMARY KEY("price_list_id","product_id"),
	CONSTRAINT "price_list_items_price_not_negative" CHECK ("price_list_items"."price_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "price_lists" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "price_lists_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'standard' NOT NULL,
	"currency" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "products_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"sku" text NOT NULL,
	"name_en" text,
	"name_zh" text,
	"unit" text NOT NULL,
	"tax_rate_bp" integer DEFAULT 0 NOT NULL,
	"currency" text NOT NULL,
	"floor_price_minor" bigint,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" text NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_named" CHECK (coalesce("products"."name_en", "products"."name_zh") is not null),
	CONSTRAINT "products_tax_rate_range" CHECK ("products"."tax_rate_bp" between 0 and 10000),
	CONSTRAINT "products_floor_not_negative" CHECK ("products"."floor_price_minor" is null or "products"."floor_price_minor" >= 0)
);
--> statement-breakpoint
CREATE INDEX "price_list_items_team_product_idx" ON "price_list_items" USING btree ("team_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "price_lists_team_name_uq" ON "price_lists" USING btree ("team_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "price_lists_team_default_uq" ON "price_lists" USING btree ("team_id") WHERE "price_lists"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "products_team_sku_uq" ON "products" USING btree ("team_id",lower("sku"));--> statement-breakpoint
CREATE INDEX "products_team_status_idx" ON "products" USING btree ("team_id","status");