ALTER TABLE "lead_imports" ADD COLUMN "kind" text DEFAULT 'leads' NOT NULL;--> statement-breakpoint
ALTER TABLE "lead_imports" ADD COLUMN "price_list_id" bigint;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "updated_by_user_id" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower("sku" || ' ' || coalesce("name_en", '') || ' ' || coalesce("name_zh", ''))) STORED;--> statement-breakpoint
CREATE INDEX "products_search_text_trgm_idx" ON "products" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);