// Package ingest turns command-line arguments into inputs: files as named,
// directories walked in lexical order for the files an --include glob
// matches, and "-" for standard input. Listing reads nothing; each input's
// bytes are read only when Read is called, and checked there: size, NUL bytes
// (binary data) and UTF-8.
package ingest
