CREATE TABLE "home_views" (
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"dirty_since" timestamp with time zone,
	"published_at" timestamp with time zone,
	"publishing_until" timestamp with time zone,
	CONSTRAINT "home_views_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE INDEX "home_views_due_idx" ON "home_views" USING btree ("dirty_since") WHERE "home_views"."dirty_since" is not null or "home_views"."publishing_until" is not null;