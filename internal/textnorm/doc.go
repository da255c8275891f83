// Package textnorm prepares article text for NLP and keeps a map from every
// byte of the prepared text back to the input as it was read.
//
// Real article files are messy: a byte-order mark, CRLF line ends, curly
// quotes and apostrophes, non-breaking spaces, em dashes glued to words, and
// sentences glued together by scraping ("two nations.Senior officials").
// Prepare folds all of these into plain text that a tokenizer trained on
// clean news handles, one rule at a time, and records where each prepared
// byte came from so that spans found in the prepared text can be reported as
// spans of the input.
package textnorm
