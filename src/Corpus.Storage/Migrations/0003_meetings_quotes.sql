-- How many articles reported each meeting: a participant named by only a minority of them is not shown.
ALTER TABLE meetings ADD COLUMN report_count BIGINT NOT NULL DEFAULT 0;
CREATE INDEX meeting_reports_article ON meeting_reports (article_id);
