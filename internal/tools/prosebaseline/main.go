// Command prosebaseline is the yardstick for extract's speed: it loads
// prose's model once and runs prose's own pipeline (tokens, tags,
// sentences, entities) on each file named, then prints what it found.
// It is no part of extract; the benchmarks compare one run of
// extract FILE with one run of prosebaseline FILE (start-up), and
// extract --jobs 1 over a folder's files with prosebaseline over the
// same files (whole process; see make bench-scale).
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
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: prosebaseline FILE...")
		os.Exit(2)
	}
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "prosebaseline: %v\n", err)
		os.Exit(1)
	}
}

// run parses each file with one model, as a program over many files
// would, and prints the totals.
func run(files []string) error {
	var model *prose.Model // prose's own, loaded by the first document
	var tokens, sentences, entities int
	for _, name := range files {
		text, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		opts := []prose.DocOpt{}
		if model != nil {
			opts = append(opts, prose.UsingModel(model))
		}
		doc, err := prose.NewDocument(string(text), opts...)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		model = doc.Model
		tokens += len(doc.Tokens())
		sentences += len(doc.Sentences())
		entities += len(doc.Entities())
	}
	fmt.Printf("%d files: %d tokens, %d sentences, %d entities\n", len(files), tokens, sentences, entities)
	return nil
}
