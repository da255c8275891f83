package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/store"
)

const exportLong = `extract export writes the records that extract --db stored in FILE to
standard output, in the order their articles were first stored: a YAML
stream, or with --format json, JSON Lines. The bytes are those extract gives
on standard output for the same inputs, so nothing the database holds is
lost.

A file named export (or help) is given to extract as ./export.`

const exportExamples = `  # Records into a database, then back out as JSON Lines
  extract --db corpus.db articles/
  extract export --format json corpus.db > records.jsonl

  # The database answers questions on its own, for instance in the sqlite3 shell
  sqlite3 corpus.db 'SELECT name, articles, mentions FROM entities ORDER BY mentions DESC LIMIT 10'`

// newExportCmd returns the export command, which writes the records of a
// database to stdout.
func newExportCmd(stdout io.Writer) *cobra.Command {
	format := record.YAML
	cmd := &cobra.Command{
		Use:     "export [flags] FILE",
		Short:   "Write the records of a database made with --db",
		Long:    exportLong,
		Example: exportExamples,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageErrorf("export takes one database file, not %d arguments", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case record.YAML, record.JSON:
			default:
				return usageErrorf("invalid --format %q: want yaml or json", format)
			}
			return exportRun(cmd.Context(), args[0], format, stdout)
		},
	}
	cmd.Flags().StringVar(&format, "format", format, "output format: yaml (a YAML stream) or json (JSON Lines)")
	return cmd
}

// exportRun writes every record of the database at path to stdout.
func exportRun(ctx context.Context, path, format string, stdout io.Writer) error {
	db, err := store.OpenRead(path)
	if err != nil {
		return err
	}
	defer db.Close()
	enc, err := record.NewEncoder(stdout, format)
	if err != nil {
		return &usageError{err}
	}
	for rec, err := range db.Records(ctx) {
		if ctx.Err() != nil {
			return errInterrupted
		}
		if err != nil {
			return err
		}
		b, err := record.Marshal(rec, format)
		if err != nil {
			return err
		}
		if err := enc.WriteEncoded(b); err != nil {
			if errors.Is(err, syscall.EPIPE) {
				return nil // the reader has gone (extract export db | head)
			}
			return fmt.Errorf("write standard output: %w", err)
		}
	}
	return enc.Close()
}
