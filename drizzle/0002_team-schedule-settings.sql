ALTER TABLE "teams" ADD COLUMN "holiday_country" text;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "holidays" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "stale_after_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "quiet_working_days" integer DEFAULT 3 NOT NULL;