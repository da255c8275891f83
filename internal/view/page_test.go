package view

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/record"
)

// hostile is a record whose every string field tries to be markup, over
// testdata/hostile.txt.
func hostile(t *testing.T) (record.Record, []byte) {
	t.Helper()
	text, err := os.ReadFile("testdata/hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	evil := `</script><script>alert("x")</script><img src=x onerror=alert(5)>`
	span := func(s string) record.Span {
		i := bytes.Index(text, []byte(s))
		if i < 0 {
			t.Fatalf("%q is not in testdata/hostile.txt", s)
		}
		return record.Span{i, i + len(s)}
	}
	a1 := `a1"><script>alert(6)</script>`
	r := record.New(`<script>alert(7)</script>.txt`)
	r.Title = evil
	r.Meta.URL = "javascript:alert(8)"
	r.Meta.Site = evil
	r.Meta.Authors = []string{evil}
	r.Actors = []record.Actor{{ID: a1, Name: evil, Type: `person"><img src=x onerror=alert(9)>`,
		Aliases: []string{evil}, Titles: []string{evil}, Spans: []record.Span{span("Mayor Elsie Vantongeren")}, Mentions: 1}}
	r.Claims = []record.Claim{{ID: "c1", Speaker: &a1, Text: "x", Kind: `direct"><script>alert(10)</script>`, Cue: evil,
		Span: span(`This is <b>not</b> the end of the pier,`)}}
	r.Events = []record.Event{{ID: "e1", Action: evil, ActionSpan: span("posted"), Patient: evil, Time: evil, Modality: evil}}
	r.Positions = []record.Position{{Actor: a1, Stance: evil, Target: evil, Evidence: []string{"c1", `javascript:alert(11)`}}}
	return r, text
}

func TestPageEscapes(t *testing.T) {
	r, text := hostile(t)
	var b bytes.Buffer
	if err := Page(&b, r, text); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, bad := range []string{"<script>alert", "<img", "<b>not", `href="javascript:`, `="javascript:`, "ZgotmplZ"} {
		if strings.Contains(page, bad) {
			i := strings.Index(page, bad)
			t.Errorf("the page holds %q as markup: ...%s...", bad, page[max(0, i-80):min(len(page), i+80)])
		}
	}
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("the page has %d script elements, want 1 (its own)", n)
	}
	for _, want := range []string{"&lt;img src=x onerror=alert(2)&gt;", "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not show the article's %q as text", want)
		}
	}
}

func TestPageEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := Page(&b, record.New("empty.txt"), nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "<article class=\"txt\">") {
		t.Errorf("the page of an empty record has no article:\n%s", b.String())
	}
}

func TestIndex(t *testing.T) {
	var b bytes.Buffer
	err := Index(&b, []Entry{
		{Href: "a.html", Source: "a.txt", Title: "First <story>", Actors: 2, Claims: 3, Events: 4, Positions: 1},
		{Href: "sub/b%20c.html", Source: "sub/b c.txt", Actors: 1},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"<h1>extract: 2 articles</h1>",
		"<p>3 actors · 3 claims · 4 events · 1 positions</p>",
		`<a href="a.html">First &lt;story&gt;</a>`,
		`<a href="sub/b%20c.html">sub/b c.txt</a>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Index does not hold %q:\n%s", want, got)
		}
	}
}

// A page read from HTML has its text in the record, which the spans index;
// the page shows that text, not the markup it came from.
func TestPageText(t *testing.T) {
	input := []byte(`<html><head><title>Ferry fares rise</title></head><body><h1>Ferry fares rise</h1><p>Fares will rise, the operator said.</p></body></html>`)
	r := record.New("ferry.html")
	r.Input = record.InputHTML
	r.Title = "Ferry fares rise"
	r.Text = "Ferry fares rise\n\nFares will rise, the operator said."
	r.Actors = []record.Actor{{ID: "a1", Name: "the operator", Type: record.Organization, Spans: []record.Span{{35, 47}}, Mentions: 1}}
	r.Claims = []record.Claim{{ID: "c1", Speaker: new("a1"), Text: "Fares will rise", Kind: record.Indirect, Cue: "said", Span: record.Span{18, 33}}}
	var b bytes.Buffer
	if err := Page(&b, r, input); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, want := range []string{
		`<h1 data-o="0,16">Ferry fares rise</h1>`,
		`<p data-o="18,53"><q class="indirect s0" id="c1" data-a="a1" data-o="18,33">Fares will rise</q>, <b data-a="a1" data-o="35,47">the operator</b> said.</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not hold %s:\n%s", want, page)
		}
	}
	if strings.Contains(page, "&lt;p&gt;") {
		t.Errorf("the page shows the input's markup, not the record's text")
	}
}
