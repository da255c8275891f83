package cli

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Values of --progress.
const (
	progressAuto   = "auto"   // on a terminal, for more than one input
	progressAlways = "always" // on a terminal, even for one input
	progressNever  = "never"
)

// A console writes to standard error: messages, one line each, and, when
// it has a bar, a progress line below them that says how many articles are
// done, of how many, how fast and how long is left. Its methods may be
// called from any goroutine.
type console struct {
	mu     sync.Mutex
	stderr io.Writer
	bar    *progressbar.ProgressBar // nil: no progress line
	done   int                      // articles done
}

// newConsole returns a console writing to stderr, with a progress line if
// bar is set. Until setTotal is called, the line shows how many articles are
// done, but not of how many.
func newConsole(stderr io.Writer, bar bool) *console {
	c := &console{stderr: stderr}
	if bar {
		c.bar = newBar(stderr, -1)
		c.bar.RenderBlank()
	}
	return c
}

// newBar returns a progress bar for total articles, -1 if not known.
func newBar(w io.Writer, total int) *progressbar.ProgressBar {
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("extract"),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionSetWidth(20),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		// No spinner ticker: it would draw from a goroutine of its own,
		// around the lock that keeps messages and the bar apart.
		progressbar.OptionSetSpinnerChangeInterval(0),
	)
}

// printf writes one message line, above the progress line.
func (c *console) printf(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bar != nil {
		c.bar.Clear()
	}
	fmt.Fprintf(c.stderr, format, args...)
	// The bar comes back at its next update.
}

// articleDone counts one more article done.
func (c *console) articleDone() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done++
	if c.bar != nil {
		c.bar.Add(1)
	}
}

// setTotal says how many articles there are, once that is known. The bar
// that knew no total gives way to one that does, so that it can show a
// fraction and the time left.
func (c *console) setTotal(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bar == nil || n <= 0 || c.done > n {
		return
	}
	c.bar.Clear()
	c.bar.Exit()
	c.bar = newBar(c.stderr, n)
	if c.done > 0 {
		c.bar.Set(c.done)
	} else {
		c.bar.RenderBlank()
	}
}

// close takes the progress line away, leaving standard error with the
// messages only.
func (c *console) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bar != nil {
		c.bar.Clear()
		c.bar.Exit()
		c.bar = nil
	}
}

// isTerminal reports whether f, a reader or writer, is a terminal.
func isTerminal(f any) bool {
	fd, ok := f.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(fd.Fd()))
}

// showProgress says whether a run draws a progress line: never when
// standard error is not a terminal, and with --progress=auto only when
// there may be more than one article.
func (o *options) showProgress() bool {
	switch {
	case o.progress == progressNever || !o.terminal(o.stderr):
		return false
	case o.progress == progressAlways || o.input == inputJSONL || len(o.args) > 1:
		return true
	}
	info, err := os.Stat(o.args[0])
	return err == nil && info.IsDir()
}
