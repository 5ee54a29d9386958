-- Paragraph fingerprints per outlet and the number of distinct articles of that outlet that carry each.
CREATE TABLE source_paragraphs (
    source TEXT NOT NULL,
    fingerprint BIGINT NOT NULL,
    articles BIGINT NOT NULL,
    PRIMARY KEY (source, fingerprint)
);
