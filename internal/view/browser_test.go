package view

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/extract-news/extract/internal/extract"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/view/viewtest"
)

// The browser tests open pages in headless Chromium; see package viewtest.
// EXTRACT_SCREENSHOT=path makes TestSampleInBrowser write the README's
// screenshot there (make screenshot), and then a missing browser fails.

// extracted reads the article at path and returns its record and text.
func extracted(tb testing.TB, path string) (record.Record, []byte) {
	tb.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	r, err := extract.Article(filepath.Base(path), text)
	if err != nil {
		tb.Fatalf("extract %s: %v", path, err)
	}
	return r, text
}

// render extracts the record of the article at path, writes its page to
// dir and returns the record, the article and the page's path.
func render(t *testing.T, dir, path string) (record.Record, []byte, string) {
	t.Helper()
	r, text := extracted(t, path)
	return r, text, write(t, dir, r, text)
}

// write writes the page of r over text to dir, named for r's source.
func write(t *testing.T, dir string, r record.Record, text []byte) string {
	t.Helper()
	var b bytes.Buffer
	if err := Page(&b, r, text); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(r.Source), ".txt")+".html")
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSampleInBrowser(t *testing.T) {
	shot := os.Getenv("EXTRACT_SCREENSHOT")
	b := viewtest.New(t, shot != "")
	dir := t.TempDir()
	r, text, path := render(t, dir, "../../testdata/articles/sample.txt")
	b.Open(t, path)
	b.CheckPage(t, "sample", r, text)
	b.CheckProblems(t, "sample")

	// The screenshot shows the whole article, at a laptop's width.
	b.Do(t, chromedp.EmulateViewport(1280, 900))
	height := viewtest.Eval[int](t, b, `Math.ceil(document.querySelector("article").getBoundingClientRect().bottom) + 16`)
	b.Do(t, chromedp.EmulateViewport(1280, int64(min(max(height, 900), 2400))))
	png := b.Screenshot(t, dir, "view-sample.png")
	t.Logf("screenshot: %s", filepath.Join(dir, "view-sample.png"))
	if shot != "" {
		if err := os.WriteFile(shot, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Clicking an actor's mention highlights exactly its mentions, its
	// claims and its positions.
	most := r.Actors[0]
	for _, a := range r.Actors {
		if len(a.Spans) > len(most.Spans) {
			most = a
		}
	}
	b.Do(t, chromedp.Click(chromedp.CSS(`article b[data-a="`+most.ID+`"]`)))
	checkSelected(t, b, r, most.ID, "after a click on "+most.Name)
	b.Screenshot(t, dir, "view-sample-selected.png")

	// The panel's line of an actor does the same.
	b.Do(t, chromedp.KeyEvent(kb.Escape))
	if n := viewtest.Eval[int](t, b, `document.querySelectorAll(".hl").length`); n != 0 {
		t.Errorf("after Escape %d elements are still highlighted", n)
	}
	other := r.Actors[len(r.Actors)-1]
	b.Do(t, chromedp.Click(chromedp.CSS(`aside li[data-a="`+other.ID+`"] button`)))
	checkSelected(t, b, r, other.ID, "after a click on "+other.Name+" in the panel")
	b.Do(t, chromedp.KeyEvent(kb.Escape))

	// Keyboard: marks are Tab stops; Enter on a mention selects its actor,
	// and focus shows its card.
	if n := viewtest.Eval[int](t, b, `document.querySelectorAll("article b:not([tabindex='0'])").length`); n != 0 {
		t.Errorf("%d mentions are not Tab stops", n)
	}
	b.Do(t, chromedp.Focus(chromedp.CSS(`article b[data-a="`+most.ID+`"]`)), chromedp.KeyEvent(kb.Enter))
	checkSelected(t, b, r, most.ID, "after Enter on a mention of "+most.Name)
	card := viewtest.Eval[string](t, b, `document.getElementById("card").hidden ? "" : document.getElementById("card").textContent`)
	if !strings.Contains(card, most.Name) {
		t.Errorf("the card of a focused mention of %s reads %q", most.Name, card)
	}

	// A phone's width: one column, the panel after the text, nothing
	// wider than the screen.
	b.Do(t, chromedp.EmulateViewport(390, 844))
	layout := viewtest.Eval[[]float64](t, b, `[document.documentElement.scrollWidth,
		document.querySelector("aside").getBoundingClientRect().top, document.querySelector("article").getBoundingClientRect().bottom]`)
	if layout[0] > 390 || layout[1] < layout[2] {
		t.Errorf("at 390px wide the page is %vpx wide and the panel starts at %v, the article ends at %v", layout[0], layout[1], layout[2])
	}
	b.Screenshot(t, dir, "view-sample-phone.png")

	// Print: no controls, the panel after the text.
	b.Media(t, "print")
	print := viewtest.Eval[[]string](t, b, `[getComputedStyle(document.querySelector(".ctl")).display,
		getComputedStyle(document.getElementById("status")).display, getComputedStyle(document.querySelector("aside")).position]`)
	if !slices.Equal(print, []string{"none", "none", "static"}) {
		t.Errorf("printed, the control, the status line and the panel's position are %q, want none, none, static", print)
	}
	b.Media(t, "")
	// Faded marks where, and only where, the record has items below 0.5
	// (TestGuessesInBrowser checks which).
	low := 0
	for _, a := range r.Actors {
		low += guess(a.Confidence)
	}
	for _, c := range r.Claims {
		low += guess(c.Confidence)
	}
	for _, e := range r.Events {
		low += guess(e.Confidence)
	}
	for _, p := range r.Positions {
		low += guess(p.Confidence)
	}
	if n := viewtest.Eval[int](t, b, `document.querySelectorAll(".low").length`); (n == 0) != (low == 0) {
		t.Errorf("%d marks are faded for %d items scored below 0.5", n, low)
	}
	b.CheckProblems(t, "sample, after clicks and keys")
}

// Items scored below 0.5 are faded, and the control hides them.
func TestGuessesInBrowser(t *testing.T) {
	b := viewtest.New(t, false)
	dir := t.TempDir()
	r, text := extracted(t, "../../testdata/articles/sample.txt")
	for i := range r.Actors {
		r.Actors[i].Confidence = 0.9
	}
	for i := range r.Claims {
		r.Claims[i].Confidence = 0.8
	}
	r.Claims[0].Confidence = 0.3
	r.Actors[0].Confidence = 0.49
	b.Open(t, write(t, dir, r, text))
	c1, a1 := r.Claims[0].ID, r.Actors[0].ID
	faded := viewtest.Eval[[]string](t, b, `[getComputedStyle(document.getElementById("`+c1+`")).opacity,
		getComputedStyle(document.querySelector('article b[data-a="`+a1+`"]')).opacity,
		getComputedStyle(document.getElementById("`+r.Claims[1].ID+`")).opacity]`)
	if !slices.Equal(faded, []string{"0.5", "0.5", "1"}) {
		t.Errorf("the opacity of a claim at 0.3, a mention of an actor at 0.49 and a claim at 0.8 is %q, want 0.5, 0.5, 1", faded)
	}
	b.Do(t, chromedp.Click(chromedp.CSS("#hide-low")))
	hidden := viewtest.Eval[[]string](t, b, `[getComputedStyle(document.querySelector('aside .actors li[data-a="`+a1+`"]')).display,
		getComputedStyle(document.getElementById("`+c1+`")).backgroundColor,
		getComputedStyle(document.querySelector('aside .actors li:not(.low)')).display]`)
	if !slices.Equal(hidden, []string{"none", "rgba(0, 0, 0, 0)", "list-item"}) {
		t.Errorf("with guesses hidden, the panel line of the guessed actor, the guessed claim's background and a sure actor's line are %q", hidden)
	}
	b.CheckProblems(t, "guesses")
}

// An article and a record that try to be markup are shown as text: no
// dialog opens, no script or image is made from them.
func TestHostileInBrowser(t *testing.T) {
	b := viewtest.New(t, false)
	dir := t.TempDir()
	r, text, extracted := render(t, dir, "testdata/hostile.txt")
	hr, htext := hostile(t)
	hr.Source = "made.txt"
	made := write(t, dir, hr, htext)
	for _, page := range []struct {
		path string
		r    record.Record
		text []byte
	}{{extracted, r, text}, {made, hr, htext}} {
		name := filepath.Base(page.path)
		b.Open(t, page.path)
		// Show every card and select every actor, where their names go.
		b.Do(t, chromedp.Evaluate[chromedp.Void](`document.querySelectorAll("article b, article q, article i").forEach(function (e) { e.focus(); });
			document.querySelectorAll("aside button.who").forEach(function (e) { e.click(); e.click(); }); undefined`))
		got := viewtest.Eval[[]int](t, b, `[document.querySelectorAll("script").length, document.querySelectorAll("img, iframe, object, embed").length,
			document.querySelectorAll("article a, article script, article b b b b b b").length,
			Array.from(document.querySelectorAll("*")).filter(function (e) { return Array.from(e.attributes).some(function (a) { return a.name.startsWith("on"); }); }).length]`)
		if !slices.Equal(got, []int{1, 0, 0, 0}) {
			t.Errorf("%s: scripts, images, links or scripts in the article, elements with on* handlers: %v, want [1 0 0 0]", name, got)
		}
		article := viewtest.Eval[string](t, b, `document.querySelector("article").textContent`)
		for _, s := range []string{"</script><script>alert(1)</script>", "<img src=x onerror=alert(2)>", `<a href="javascript:alert(4)">`} {
			if !strings.Contains(article, s) {
				t.Errorf("%s: the article does not show %q as text", name, s)
			}
		}
		if page.path == extracted {
			b.CheckPage(t, name, page.r, page.text)
		}
		b.CheckProblems(t, name)
	}
}

// checkSelected checks that exactly the mentions and claims of actor id are
// highlighted, and its positions in the panel.
func checkSelected(t *testing.T, b *viewtest.Browser, r record.Record, id, when string) {
	t.Helper()
	var want []viewtest.Mark
	for _, m := range viewtest.Want(r) {
		if m.Actor == id && m.Kind != "event" {
			want = append(want, m)
		}
	}
	got := viewtest.Marks(b.Fragments(t), true)
	if d := viewtest.Diff(got, want); d != "" {
		t.Errorf("%s, the highlighted marks are not %s's mentions and claims:\n%s", when, id, d)
	}
	positions := 0
	for _, p := range r.Positions {
		if p.Actor == id {
			positions++
		}
	}
	if n := viewtest.Eval[int](t, b, `document.querySelectorAll("aside .positions li.hl").length`); n != positions {
		t.Errorf("%s, %d positions are highlighted, want %d", when, n, positions)
	}
}

// Every test article's page marks exactly what its record holds, within the
// weight a page may have: three times the article, plus 60 KB.
func TestArticlesInBrowser(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	paths = append(paths, "testdata/hostile.txt")
	b := viewtest.New(t, false)
	dir := t.TempDir()
	for _, path := range paths {
		r, text, page := render(t, dir, path)
		b.Open(t, page)
		b.CheckPage(t, path, r, text)
		b.CheckProblems(t, path)
		if info, err := os.Stat(page); err != nil {
			t.Fatal(err)
		} else if limit := 3*len(text) + 60<<10; info.Size() > int64(limit) {
			t.Errorf("%s: the page is %d bytes, more than 3 × %d + 60 KB", path, info.Size(), len(text))
		}
	}
}

// guess is 1 for a confidence that the page fades (scored, below 0.5).
func guess(c float64) int {
	if c > 0 && c < 0.5 {
		return 1
	}
	return 0
}
