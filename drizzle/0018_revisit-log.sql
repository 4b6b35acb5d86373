ALTER TABLE "revisits" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "revisits" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;