-- PostgreSQL only (an index function's search path; see the .postgres.sql script).
SELECT 1;
