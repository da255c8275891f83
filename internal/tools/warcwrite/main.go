// Command warcwrite writes a WARC file of N HTTP responses made of the
// pages named, taken in turn, for measuring extract on a WARC file of any
// size (internal/tools/bench-warc). Each page is a response with status 200
// and Content-Type text/html, whose target URI holds its number, and comes
// after a request record, as a crawler writes them.
//
//	warcwrite -n 5000 -o /tmp/x.warc.gz pages/*.html
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/extract-news/extract/internal/warc"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "warcwrite:", err)
		os.Exit(1)
	}
}

func run() error {
	n := flag.Int("n", 500, "number of responses")
	out := flag.String("o", "", "the WARC file to write; gzip-compressed per record when it ends in .gz")
	flag.Parse()
	pages := flag.Args()
	if *out == "" || len(pages) == 0 || *n < 1 {
		return fmt.Errorf("usage: warcwrite -n N -o FILE.warc[.gz] PAGE...")
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := warc.NewWriter(bw, strings.HasSuffix(*out, ".gz"))
	for i := 0; i < *n; i++ {
		path := pages[i%len(pages)]
		body, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		uri := fmt.Sprintf("https://bench.example/%d/%s", i+1, filepath.Base(path))
		if err := w.WriteRecord(gowarc.Request, uri, "application/http;msgtype=request", []byte("GET / HTTP/1.1\r\nHost: bench.example\r\n\r\n")); err != nil {
			return err
		}
		if err := w.WriteResponse(uri, 200, []string{"Content-Type: text/html"}, body); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Close()
}
