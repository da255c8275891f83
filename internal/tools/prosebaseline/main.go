// Command prosebaseline is the yardstick for extract's start-up time: it
// only loads prose's model and runs prose's own pipeline (tokens, tags,
// sentences, entities) on one file, then prints how many tokens it found.
// It is no part of extract; the benchmarks compare one run of
// extract FILE with one run of prosebaseline FILE (see make bench-scale).
//
// It imports prose directly, which the rest of the project leaves to
// internal/nlp, because prose as it comes is what it measures.
package main

import (
	"fmt"
	"os"

	prose "github.com/jdkato/prose/v2"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: prosebaseline FILE")
		os.Exit(2)
	}
	text, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintf(os.Stderr, "prosebaseline: %v\n", err)
		os.Exit(1)
	}
	doc, err := prose.NewDocument(string(text))
	if err != nil {
		fmt.Fprintf(os.Stderr, "prosebaseline: %v\n", err)
		os.Exit(1)
	}
	fmt.Printf("%d tokens, %d sentences, %d entities\n", len(doc.Tokens()), len(doc.Sentences()), len(doc.Entities()))
}
