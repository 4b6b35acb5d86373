ALTER TABLE "approval_events" ALTER COLUMN "lead_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "approval_requests" ALTER COLUMN "lead_id" DROP NOT NULL;