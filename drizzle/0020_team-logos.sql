CREATE TABLE "team_logos" (
	"team_id" text PRIMARY KEY NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"updated_by_user_id" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "team_logos_mime_type" CHECK ("team_logos"."mime_type" in ('image/png', 'image/jpeg')),
	CONSTRAINT "team_logos_size" CHECK (octet_length("team_logos"."bytes") <= 262144)
);
