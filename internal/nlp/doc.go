// Package nlp is the only importer of prose. It splits an article into
// paragraphs and sentences itself, runs prose's tokenizer, tagger and entity
// classifier once per sentence with one model shared by the whole process,
// and returns tokens, tags, sentences and entities with byte spans into the
// input as it was read.
//
// One call to prose per sentence matters: prose's tokenizer shares one token
// between repeated words of a call, and its tagger then overwrites the tags of
// earlier occurrences. Confining a call to one sentence confines that to words
// repeated inside one sentence.
package nlp
