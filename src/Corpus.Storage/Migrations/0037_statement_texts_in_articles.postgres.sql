-- A statement's text is stored only where its article's clean text does not hold it between the statement's offsets
-- (Statements/StatementTexts.cs), most statements: the text column is null otherwise, which
-- LeaveStatementTextsToArticles.cs sets after this script. The search column cannot be generated from the row's text
-- any more: it keeps what it holds and the writer fills it from the statement's text (Search/FullText.cs).
ALTER TABLE statements ALTER COLUMN search DROP EXPRESSION;
ALTER TABLE statements ALTER COLUMN text DROP NOT NULL;
