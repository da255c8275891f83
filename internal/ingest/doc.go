// Package ingest turns command-line arguments into inputs: files as named,
// directories walked in lexical order for the files an --include glob
// matches, and "-" for standard input. Listing reads nothing; each input's
// bytes are read only when Read is called, and checked there: size, NUL bytes
// (binary data) and UTF-8.
//
// With Options.Lines each file is JSON Lines instead, one article per line
// ({"id": ..., "text": ...}), read a line at a time as the inputs are listed;
// a bad line is an input whose error names the file and the line.
//
// With Options.Kind Auto, each file is read as its name says (.txt, .html,
// .warc, .jsonl, each also .gz), else as its first bytes say; gzip data is
// decompressed as it is read, its decompressed size limited by MaxBytes. A
// web page is an input whose About says html: its bytes are the page, as
// served, for package page to read. A WARC file gives one input per HTML
// response (package warc), then one whose Note sums the file up.
package ingest
