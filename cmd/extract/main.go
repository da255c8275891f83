// Command extract turns news articles into structured records: YAML
// documents or JSON Lines, one per article. See internal/cli, or run
// extract --help.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/extract-news/extract/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
