ALTER TABLE "customers" ADD COLUMN "credit_limit_minor" bigint;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "credit_limit_currency" text;--> statement-breakpoint
ALTER TABLE "finance_policies" ADD COLUMN "credit_overdue_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "finance_policies" ADD COLUMN "overdue_interest_bp" integer;--> statement-breakpoint
ALTER TABLE "finance_policies" ADD COLUMN "commission_hold_days" integer;