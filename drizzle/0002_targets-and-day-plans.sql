CREATE TABLE "daily_plans" (
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	"plan_date" date NOT NULL,
	"return_calls" integer DEFAULT 0 NOT NULL,
	"invitations" integer DEFAULT 0 NOT NULL,
	"visits" integer DEFAULT 0 NOT NULL,
	"new_records" integer DEFAULT 0 NOT NULL,
	"deals" integer DEFAULT 0 NOT NULL,
	"source" text DEFAULT 'suggested' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "daily_plans_team_id_user_id_plan_date_pk" PRIMARY KEY("team_id","user_id","plan_date")
);
--> statement-breakpoint
CREATE TABLE "member_day_preferences" (
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	"check_in_opt_out" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_day_preferences_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "target_milestones" (
	"team_id" text NOT NULL,
	"target_id" bigint NOT NULL,
	"period_start" date NOT NULL,
	"percent" integer NOT NULL,
	"reached_at" timestamp with time zone NOT NULL,
	CONSTRAINT "target_milestones_team_id_target_id_period_start_percent_pk" PRIMARY KEY("team_id","target_id","period_start","percent")
);
--> statement-breakpoint
CREATE TABLE "target_settings" (
	"team_id" text PRIMARY KEY NOT NULL,
	"check_in_enabled" boolean DEFAULT false NOT NULL,
	"end_of_day_time" text DEFAULT '18:00' NOT NULL,
	"milestones_enabled" boolean DEFAULT false NOT NULL,
	"weekly_leaderboard_enabled" boolean DEFAULT false NOT NULL,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" text NOT NULL,
	"subject" text NOT NULL,
	"metric" text NOT NULL,
	"period" text NOT NULL,
	"value" bigint NOT NULL,
	"currency" text,
	"set_by_user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "daily_plans_plan_date_idx" ON "daily_plans" USING btree ("plan_date");--> statement-breakpoint
CREATE UNIQUE INDEX "targets_team_subject_metric_period_uq" ON "targets" USING btree ("team_id","subject","metric","period");--> statement-breakpoint
CREATE INDEX "targets_team_period_idx" ON "targets" USING btree ("team_id","period");