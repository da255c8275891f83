// Package viewtest opens the pages of package view in headless Chromium
// (Debian's chromium, driven by chromedp) and reads back what they mark, so
// that tests check a page as a browser builds it. Only tests import it.
//
// Without Chromium on PATH a test that asks for the browser is skipped with
// a message saying so, except under CI=true, where it fails.
package viewtest

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/extract-news/extract/internal/record"
)

// Width and Height are the size of the browser's window: a laptop's screen.
const (
	Width  = 1400
	Height = 1100
)

// Chromium returns the path of the browser, or skips t when there is none
// (fails it under CI=true, or when must is set).
func Chromium(t testing.TB, must bool) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	const msg = "no chromium on PATH: the browser tests need Debian's chromium package (apt-get install chromium; .ci/run installs it)"
	if must || os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// A Browser is one headless Chromium with one tab, for one test. It
// records what a page must never do: write an error to the console, throw,
// open a dialog (alert, confirm, prompt) or ask for anything but the page.
type Browser struct {
	ctx context.Context
	url string // the page open now

	mu       sync.Mutex
	problems []string
}

// New starts Chromium for t, with an empty profile of its own, and stops it
// when t ends.
func New(t testing.TB, must bool) *Browser {
	t.Helper()
	path := Chromium(t, must)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(Width, Height),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	b := &Browser{ctx: ctx}
	if err := chromedp.Listen(ctx, b.event); err != nil {
		t.Fatalf("start chromium (%s): %v", path, err)
	}
	for _, err := range []error{
		call(ctx, runtime.Enable, cdp.Empty{}),
		call(ctx, log.Enable, cdp.Empty{}),
		call(ctx, network.Enable, network.EnableParams{}),
		call(ctx, page.Enable, page.EnableParams{}),
	} {
		if err != nil {
			t.Fatalf("chromium: %v", err)
		}
	}
	return b
}

// call runs a protocol command that answers nothing.
func call[P any](ctx context.Context, cmd cdp.Command[P, cdp.Empty], params P) error {
	_, err := chromedp.Call(ctx, cmd, params)
	return err
}

// event notes the events that are problems. It runs in chromedp's reading
// loop, so it only notes, and answers a dialog from another goroutine.
func (b *Browser) event(ev any) {
	var problem string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			problem = fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		problem = "uncaught exception: " + d.Text
		if d.Exception != nil {
			problem += " " + d.Exception.Description
		}
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			problem = fmt.Sprintf("console (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
		}
	case *page.EventJavascriptDialogOpening:
		problem = fmt.Sprintf("a %s dialog opened: %q", ev.Type, ev.Message)
		go chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
	case *network.EventRequestWillBeSent:
		b.mu.Lock()
		url := b.url
		b.mu.Unlock()
		if ev.Request.URL != url {
			problem = "a request for " + ev.Request.URL
		}
	}
	if problem != "" {
		b.mu.Lock()
		b.problems = append(b.problems, problem)
		b.mu.Unlock()
	}
}

// Open opens the page at path (a file) and waits until it has loaded.
func (b *Browser) Open(t testing.TB, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	url := "file://" + filepath.ToSlash(abs)
	b.mu.Lock()
	b.url = url
	b.mu.Unlock()
	b.Do(t, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body")))
}

// Do runs actions on the open page, failing t if one fails or the page
// takes more than a minute.
func (b *Browser) Do(t testing.TB, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("chromium: %v", err)
	}
}

// Media makes the page use the CSS of media ("print"), or of the screen
// again ("").
func (b *Browser) Media(t testing.TB, media string) {
	t.Helper()
	if err := call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media}); err != nil {
		t.Fatalf("chromium: media %q: %v", media, err)
	}
}

// Eval evaluates the JavaScript expression in the open page and decodes its
// value.
func Eval[T any](t testing.TB, b *Browser, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("chromium: evaluate %.60q: %v", expr, err)
	}
	return v
}

// Problems returns what the pages did that they must not, since the browser
// started, and forgets it.
func (b *Browser) Problems() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.problems
	b.problems = nil
	return p
}

// CheckProblems fails t for each problem since the last check.
func (b *Browser) CheckProblems(t testing.TB, what string) {
	t.Helper()
	for _, p := range b.Problems() {
		t.Errorf("%s: %s", what, p)
	}
}

// Screenshot takes a PNG of the window, writes it to t's temporary folder
// as name and, when CI_ARTIFACTS names a folder, copies it there. It returns
// the image.
func (b *Browser) Screenshot(t testing.TB, dir, name string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, time.Minute)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("chromium: screenshot: %v", err)
	}
	if !strings.HasPrefix(string(png), "\x89PNG\r\n\x1a\n") {
		t.Fatalf("chromium: screenshot %s is not a PNG", name)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
	if art := os.Getenv("CI_ARTIFACTS"); art != "" {
		if err := os.MkdirAll(art, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(art, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return png
}

// A Fragment is one marked element of a page's article as the browser
// built it: a paragraph or headline (p, h1), a mention (b), a claim (q) or
// an event's action words (i).
type Fragment struct {
	Tag   string `json:"tag"`
	ID    string `json:"id"`    // the claim's or event's
	Actor string `json:"actor"` // the mention's actor, the claim's speaker
	Start int    `json:"start"`
	End   int    `json:"end"`
	Cont  bool   `json:"cont"` // continues the mark of the fragment before
	HL    bool   `json:"hl"`   // highlighted
	Text  string `json:"text"` // textContent
}

// fragments reads every element of the article that carries offsets.
const fragments = `Array.from(document.querySelectorAll("article [data-o]")).map(function (e) {
  var o = e.dataset.o.split(",");
  return {tag: e.tagName.toLowerCase(), id: e.id || e.dataset.id || "", actor: e.dataset.a || "",
    start: +o[0], end: +o[1], cont: e.hasAttribute("data-cont"), hl: e.classList.contains("hl"), text: e.textContent};
})`

// Fragments returns the marked elements of the open page, in document order.
func (b *Browser) Fragments(t testing.TB) []Fragment {
	t.Helper()
	return Eval[[]Fragment](t, b, fragments)
}

// A Mark is one thing marked in a page, put together from its fragments,
// or one that a record says should be marked.
type Mark struct {
	Kind       string // "mention", "claim" or "event"
	ID         string // the claim's or event's
	Actor      string // the mention's actor, the claim's speaker ("" for none)
	Start, End int
}

func (m Mark) String() string {
	s := m.Kind
	if m.ID != "" {
		s += " " + m.ID
	}
	if m.Actor != "" {
		s += " of " + m.Actor
	}
	return fmt.Sprintf("%s [%d, %d]", s, m.Start, m.End)
}

var kinds = map[string]string{"b": "mention", "q": "claim", "i": "event"}

// Marks puts fragments together into the marks they are parts of: a
// fragment that continues a mark extends the last mark of the same kind, id
// and actor. Paragraphs and headlines are left out. highlighted keeps only
// the marks whose fragments are all highlighted.
func Marks(frags []Fragment, highlighted bool) []Mark {
	var out []Mark
	hl := map[int]bool{}
	for _, f := range frags {
		kind, ok := kinds[f.Tag]
		if !ok {
			continue
		}
		m := Mark{Kind: kind, ID: f.ID, Actor: f.Actor, Start: f.Start, End: f.End}
		if kind == "mention" {
			m.ID = ""
		}
		if f.Cont {
			for i := len(out) - 1; i >= 0; i-- {
				if o := out[i]; o.Kind == m.Kind && o.ID == m.ID && o.Actor == m.Actor {
					out[i].End = f.End
					hl[i] = hl[i] && f.HL
					break
				}
			}
			continue
		}
		hl[len(out)] = f.HL
		out = append(out, m)
	}
	if highlighted {
		var keep []Mark
		for i, m := range out {
			if hl[i] {
				keep = append(keep, m)
			}
		}
		out = keep
	}
	sortMarks(out)
	return out
}

// Want returns the marks a page of r must hold: every mention, every claim
// and every event's action words.
func Want(r record.Record) []Mark {
	var out []Mark
	for _, a := range r.Actors {
		for _, s := range a.Spans {
			out = append(out, Mark{Kind: "mention", Actor: a.ID, Start: s[0], End: s[1]})
		}
	}
	for _, c := range r.Claims {
		m := Mark{Kind: "claim", ID: c.ID, Start: c.Span[0], End: c.Span[1]}
		if c.Speaker != nil {
			m.Actor = *c.Speaker
		}
		out = append(out, m)
	}
	for _, e := range r.Events {
		out = append(out, Mark{Kind: "event", ID: e.ID, Start: e.ActionSpan[0], End: e.ActionSpan[1]})
	}
	sortMarks(out)
	return out
}

func sortMarks(ms []Mark) {
	slices.SortFunc(ms, func(a, b Mark) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
			cmp.Compare(a.ID, b.ID), cmp.Compare(a.Actor, b.Actor))
	})
}

// Diff lists the marks only in got and only in want, one a line; "" when
// they are the same.
func Diff(got, want []Mark) string {
	in := func(ms []Mark, m Mark) bool { return slices.Contains(ms, m) }
	var b strings.Builder
	for _, m := range got {
		if !in(want, m) {
			fmt.Fprintf(&b, "  only in the page: %v\n", m)
		}
	}
	for _, m := range want {
		if !in(got, m) {
			fmt.Fprintf(&b, "  only in the record: %v\n", m)
		}
	}
	if b.Len() == 0 && len(got) != len(want) {
		fmt.Fprintf(&b, "  %d marks in the page, %d in the record\n", len(got), len(want))
	}
	return b.String()
}

// CheckPage fails t unless the open page, the page of r over text, marks
// exactly what r holds, each fragment's text is the text at its offsets,
// and the paragraphs between them leave out only white space.
func (b *Browser) CheckPage(t testing.TB, name string, r record.Record, text []byte) {
	t.Helper()
	if r.Text != "" {
		text = []byte(r.Text)
	}
	frags := b.Fragments(t)
	if d := Diff(Marks(frags, false), Want(r)); d != "" {
		t.Errorf("%s: the page's marks are not the record's:\n%s", name, d)
	}
	end := 0
	for _, f := range frags {
		if f.Start < 0 || f.End > len(text) || f.Start > f.End {
			t.Errorf("%s: %s fragment at [%d, %d] is out of the text (%d bytes)", name, f.Tag, f.Start, f.End, len(text))
			continue
		}
		if want := browserText(text[f.Start:f.End]); f.Text != want {
			t.Errorf("%s: %s fragment [%d, %d] reads %q, the text there is %q", name, f.Tag, f.Start, f.End, f.Text, want)
		}
		if f.Tag == "p" || f.Tag == "h1" {
			if gap := text[end:f.Start]; blank(gap) != "" {
				t.Errorf("%s: the text [%d, %d] is in no paragraph: %q", name, end, f.Start, gap)
			}
			end = f.End
		}
	}
	if gap := blank(text[min(end, len(text)):]); gap != "" {
		t.Errorf("%s: the text after the last paragraph is in none: %q", name, gap)
	}
}

// blank returns gap less its white space (a byte order mark counts).
func blank(gap []byte) string {
	return strings.Trim(string(gap), " \t\r\n\v\f\u00a0\ufeff")
}

// browserText is text as the browser's DOM holds it: HTML parsing turns
// CR LF, and a CR alone, into LF.
func browserText(text []byte) string {
	s := strings.ReplaceAll(string(text), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
