// Package store keeps records in a SQLite database (modernc.org/sqlite,
// pure Go): it writes each article's record into one table per list of the
// record, several articles to a transaction, links the actors of all
// articles into entities, and reads the records back out, byte for byte as
// they went in. README.md documents the schema and the linking rule.
package store
