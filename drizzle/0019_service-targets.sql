ALTER TABLE "service_requests" ADD COLUMN "resolved_by_user_id" text;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "response_remind_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "response_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "resolution_remind_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "resolution_due_at" timestamp with time zone;