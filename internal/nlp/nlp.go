package nlp

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/textnorm"
)

// Token is one word or punctuation mark.
type Token struct {
	Text  string // the token as prepared: ASCII quotes and apostrophes
	Tag   string // Penn Treebank part-of-speech tag
	Start int32  // input byte offset of the token's first byte
	End   int32  // input byte offset just past the token
	Sent  int32  // index of the sentence holding it
	Begin bool   // whether prose's label begins an entity here (B-)
	label uint8  // prose's entity type: its index in entityTypes.names
}

// Label returns prose's entity type of the token (PERSON, GPE,
// ORGANIZATION, ...) or "".
func (t Token) Label() string {
	if t.label == 0 {
		return ""
	}
	return entityTypes.names[t.label]
}

// Sentence is one sentence, or one heading line.
type Sentence struct {
	Start, End int  // input byte span, trimmed of space
	First, Lim int  // its tokens are Doc.Tokens[First:Lim]
	Paragraph  int  // index of the paragraph (input line) holding it
	Heading    bool // a line of its own with no final stop: a headline or subheading
}

// Entity is a run of tokens that prose labels as one named entity.
type Entity struct {
	Label      string // PERSON, GPE, ORGANIZATION, ...
	Start, End int    // input byte span
	First, Lim int    // its tokens
}

// Doc is one analysed article.
type Doc struct {
	Input     []byte
	Text      *textnorm.Text
	Title     string // the headline: the first line when it stands alone, else ""
	Sentences []Sentence
	Tokens    []Token
	Entities  []Entity
	// Paragraphs holds the input span of each paragraph, from its first
	// sentence's start to its last sentence's end.
	Paragraphs [][2]int
	// Quotations holds the runs of quoted words, in order of their opening
	// marks (quotes.go).
	Quotations []Quotation
	// Quotes holds the quoted text of the quotations as sorted, disjoint
	// input spans.
	Quotes [][2]int
}

// model holds what is loaded once per process and shared.
type model struct {
	*weights
	segmenter *sentences.DefaultSentenceTokenizer
}

// shared is the model of the process, loaded once by Load or by the first
// Parse.
var shared struct {
	once sync.Once
	m    *model
	err  error
}

// loadModel returns the shared model, loading it on the first call with
// the weights cached under cacheDir ("" for no cache).
func loadModel(cacheDir string) (*model, error) {
	shared.once.Do(func() { shared.m, shared.err = newModel(cacheDir) })
	return shared.m, shared.err
}

func newModel(cacheDir string) (*model, error) {
	w, err := loadWeights(cacheDir)
	if err != nil {
		return nil, err
	}
	// Abbreviations whose stop does not end a sentence in news, beside
	// those punkt's English data knows.
	for _, a := range lexicon.Abbreviations() {
		w.punkt.AbbrevTypes.Add(strings.ToLower(a))
	}
	seg, err := english.NewSentenceTokenizer(w.punkt)
	if err != nil {
		return nil, err
	}
	return &model{weights: w, segmenter: seg}, nil
}

// Load loads the model the process shares now rather than on first use,
// with prose's decoded weights cached in a file under cacheDir: read from
// it when it holds them, written to it when not. An empty cacheDir means no
// cache (prose's weights are decoded, about half a second). Only the first
// call to Load or Parse loads the model; a Parse with no Load before it
// loads it with no cache.
func Load(cacheDir string) error {
	_, err := loadModel(cacheDir)
	return err
}

// maxTitleWords is the most words a first line may have to be a headline.
const maxTitleWords = 25

// Parse analyses input.
func Parse(input []byte) (*Doc, error) {
	if len(input) > math.MaxInt32 {
		return nil, errors.New("article over 2 GiB: token offsets are int32")
	}
	m, err := loadModel("")
	if err != nil {
		return nil, err
	}
	t := textnorm.Prepare(input)
	d := &Doc{Input: input, Text: t}
	// The sentences are cut first and tokenized after: the splitter's
	// garbage, large on a long line, is dead by the time the tokens take
	// their room.
	type unit struct {
		s, e, para int
		heading    bool
	}
	var units []unit
	norm := t.Norm
	para := 0
	first := true
	for lineStart := 0; lineStart < len(norm); {
		lineEnd := strings.IndexByte(norm[lineStart:], '\n')
		next := len(norm)
		if lineEnd < 0 {
			lineEnd = len(norm)
		} else {
			lineEnd += lineStart
			next = lineEnd + 1
		}
		s, e := trim(norm, lineStart, lineEnd)
		if s < e {
			line := norm[s:e]
			if first {
				first = false
				if next < len(norm) || lineEnd < len(norm) {
					if len(strings.Fields(line)) <= maxTitleWords {
						is, ie := t.Span(s, e)
						d.Title = string(input[is:ie])
					}
				}
			}
			if isHeading(line) {
				units = append(units, unit{s, e, para, true})
			} else {
				for _, sp := range m.split(t, s, e) {
					units = append(units, unit{sp[0], sp[1], para, false})
				}
			}
			para++
		}
		lineStart = next
	}
	// Room for the tokens up front: grown by append, a long article's
	// list would be copied over and over, old and new arrays both live.
	d.Tokens = make([]Token, 0, tokenEstimate(t.Norm))
	if len(units) > 0 {
		d.Sentences = make([]Sentence, 0, len(units))
	}
	words := make(wordTokens)
	for _, u := range units {
		d.addSentence(m, words, u.s, u.e, u.para, u.heading)
	}
	d.Entities = entities(d.Tokens)
	d.quote()
	return d, nil
}

// tokenEstimate returns about as many tokens as text will have, rarely
// fewer: its words, and its marks that prose makes tokens of their own.
func tokenEstimate(text string) int {
	n, inWord := 0, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case ' ', '\n':
			inWord = false
		case '.', ',', ';', ':', '!', '?', '"', '(', ')', '\'':
			n++
		default:
			if !inWord {
				n++
			}
			inWord = true
		}
	}
	return n
}

// isHeading reports whether a line is a heading: no final stop and at most
// maxTitleWords words.
func isHeading(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', '"', '\'', ':', ';', ',', ')':
		return false
	}
	return len(strings.Fields(line)) <= maxTitleWords
}

func trim(s string, i, j int) (int, int) {
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	return i, j
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// split segments the paragraph norm[s:e] into sentence spans of norm.
func (m *model) split(t *textnorm.Text, s, e int) [][2]int {
	text := t.Norm[s:e]
	var cuts []int
	for _, p := range m.segmenter.SentencePositions(text) {
		cuts = append(cuts, s+p)
	}
	i, _ := slices.BinarySearch(t.Breaks, s+1)
	for ; i < len(t.Breaks) && t.Breaks[i] < e; i++ {
		cuts = append(cuts, t.Breaks[i])
	}
	slices.Sort(cuts)
	var out [][2]int
	prev := s
	for _, c := range cuts {
		if c <= prev {
			continue
		}
		if a, b := trim(t.Norm, prev, c); a < b {
			out = append(out, [2]int{a, b})
		}
		prev = c
	}
	// A sentence does not start in lower case: punkt cut after an
	// abbreviation it did not know ("(R-Fla.) said").
	for i := 1; i < len(out); i++ {
		if r, _ := utf8.DecodeRuneInString(t.Norm[out[i][0]:]); (unicode.IsLower(r) || initial(t.Norm[out[i-1][0]:out[i-1][1]]) && !opener(t.Norm[out[i][0]:out[i][1]])) && !isBreak(t.Breaks, out[i][0]) {
			out[i-1][1] = out[i][1]
			out = append(out[:i], out[i+1:]...)
			i--
		}
	}
	if a, b := trim(t.Norm, prev, e); a < b {
		out = append(out, [2]int{a, b})
	}
	return out
}

// initial reports whether a sentence ends on a middle initial, "Vann R.",
// which ends no sentence: a capitalised word, a space, one capital, a stop.
func initial(sent string) bool {
	n := len(sent)
	if n < 4 || sent[n-1] != '.' || sent[n-2] < 'A' || sent[n-2] > 'Z' || sent[n-3] != ' ' {
		return false
	}
	w := strings.LastIndexByte(sent[:n-3], ' ')
	prev := sent[w+1 : n-3]
	r, _ := utf8.DecodeRuneInString(prev)
	return len(prev) > 1 && unicode.IsUpper(r)
}

// opener reports whether a sentence starts with a word that opens
// sentences rather than continuing a name: "Plan B. Then it failed."
func opener(sent string) bool {
	w, _, _ := strings.Cut(sent, " ")
	return openers[w]
}

var openers = map[string]bool{
	"The": true, "A": true, "An": true, "It": true, "He": true, "She": true, "They": true,
	"We": true, "I": true, "But": true, "And": true, "Then": true, "In": true, "On": true,
	"At": true, "This": true, "That": true, "There": true, "His": true, "Her": true,
	"Their": true, "Its": true, "So": true, "Yet": true, "Or": true, "If": true, "When": true,
	"As": true, "After": true, "Before": true, "For": true, "Now": true, "Still": true,
}

// isBreak reports whether a glued-sentence break falls at offset p.
func isBreak(breaks []int, p int) bool {
	_, ok := slices.BinarySearch(breaks, p)
	return ok
}

// addSentence tokenizes and tags norm[s:e] as one sentence.
func (d *Doc) addSentence(m *model, words wordTokens, s, e, para int, heading bool) {
	t := d.Text
	is, ie := t.Span(s, e)
	sent := Sentence{Start: is, End: ie, First: len(d.Tokens), Paragraph: para, Heading: heading}
	idx := len(d.Sentences)
	text := t.Norm[s:e]
	pos := 0
	// prose's tagger was not trained on straight double quotes and tags
	// them as words, which misleads the tags around them: blank them out.
	// Offsets stay the same.
	blank := strings.ReplaceAll(text, `"`, " ")
	first := len(d.Tokens)
	for _, tok := range words.tokenize(blank) {
		at := strings.Index(blank[pos:], tok)
		if at < 0 {
			continue // a token prose rewrote; skip it
		}
		ts := pos + at
		te := ts + len(tok)
		pos = te
		a, b := t.Span(s+ts, s+te)
		d.Tokens = append(d.Tokens, Token{Text: text[ts:te], Start: int32(a), End: int32(b), Sent: int32(idx)})
	}
	toks := d.Tokens[first:]
	wholeWords(d.Input, toks)
	m.tagger.tag(toks)
	closingQuotes(d.Input, toks)
	contractionTags(toks)
	m.classifier.label(toks)
	sent.Lim = len(d.Tokens)
	d.Sentences = append(d.Sentences, sent)
}

// wholeWords keeps token spans from cutting words, as prose's tokenizer
// splits them:
//   - a contraction's stem ("Wo", "Do", "ai", "ca" of "Won't", "Don't",
//     "ain't", "can't") spans the whole word, so that a phrase ending on it
//     ends at the word's end; the "n't" keeps its own span, inside;
//   - a word that ends in a closing single quotation mark (’ closing a ‘
//     opened before it in the paragraph, within quoteReach bytes)
//     spans the word without the mark, as its text is then.
func wholeWords(input []byte, toks []Token) {
	for i := range toks {
		if i+1 < len(toks) && toks[i+1].Text == "n't" && toks[i].End == toks[i+1].Start {
			toks[i].End = toks[i+1].End
			continue
		}
		tok := &toks[i]
		if len(tok.Text) > 1 && strings.HasSuffix(tok.Text, "'") && bytes.HasSuffix(input[tok.Start:tok.End], []byte("’")) &&
			singleQuoteOpen(input[paragraphStart(input, int(tok.Start)):tok.Start]) {
			tok.Text = tok.Text[:len(tok.Text)-1]
			tok.End -= int32(len("’"))
		}
	}
}

// stemTags are the tags of contractions' stems, which the tagger reads as
// names when they are capitalised, as in a headline: "Flowers Won't Talk".
var stemTags = map[string]string{
	"wo": "MD", "ca": "MD", "sha": "MD", "could": "MD", "would": "MD", "should": "MD", "must": "MD", "might": "MD",
	"do": "VBP", "does": "VBZ", "did": "VBD", "ai": "VBP", "is": "VBZ", "are": "VBP", "was": "VBD", "were": "VBD",
	"has": "VBZ", "have": "VBP", "had": "VBD",
}

// contractionTags gives a contraction's stem tagged as a noun its own tag.
func contractionTags(toks []Token) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i+1].Text == "n't" && strings.HasPrefix(toks[i].Tag, "NN") {
			if tag, ok := stemTags[strings.ToLower(toks[i].Text)]; ok {
				toks[i].Tag = tag
			}
		}
	}
}

// closingQuotes tags ” (a closing quotation mark) a ’ standing alone after
// a word that the tagger read as a possessive (POS) when it closes a ‘
// opened before it in the paragraph: ‘We will never back Tom Reyes’, so
// that no name takes it as its possessive.
func closingQuotes(input []byte, toks []Token) {
	for i := range toks {
		tok := &toks[i]
		if tok.Text == "'" && tok.Tag == "POS" && string(input[tok.Start:tok.End]) == "’" && singleQuoteOpen(input[paragraphStart(input, int(tok.Start)):tok.Start]) {
			tok.Tag = "''"
		}
	}
}

// singleQuoteOpen reports whether text leaves a curly single quotation
// open: a ‘ after which no ’ stands but as an apostrophe inside a word.
func singleQuoteOpen(text []byte) bool {
	open := false
	for i := 0; i < len(text); i++ {
		switch {
		case bytes.HasPrefix(text[i:], []byte("‘")):
			open = true
		case bytes.HasPrefix(text[i:], []byte("’")):
			next := i + len("’")
			if next >= len(text) || !isLetter(text[next]) {
				open = false
			}
		}
	}
	return open
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// quoteReach is how far back from a word a ‘ may have opened the
// quotation a ’ after the word closes: a few sentences.
const quoteReach = 2000

// paragraphStart returns the offset of the line holding input offset at,
// or at-quoteReach when the line starts further back.
func paragraphStart(input []byte, at int) int {
	from := max(at-quoteReach, 0)
	return from + bytes.LastIndexByte(input[from:at], '\n') + 1
}

// wordTokens holds the tokens prose's tokenizer makes of each word (a run
// of text between white space) an article has, so that each word is split
// once: the tokenizer tries prefixes, suffixes and patterns at every step
// of every word, and words repeat. At most maxWordTokens are kept.
type wordTokens map[string][]string

const maxWordTokens = 1 << 14

// tokenize splits a sentence into tokens as prose's tokenizer does. That
// cuts the text into words and white space at each change between the
// two (a single space between words is dropped) and splits each part on
// its own; prose's clean-up of the text (curly quotes made straight)
// replaces no white space, so the parts are the same cut from the text
// before it, and each part's tokens are those prose gives for the part
// alone.
func (w wordTokens) tokenize(text string) []string {
	var out []string
	add := func(part string) {
		toks, ok := w[part]
		if !ok {
			toks = tokenize(part)
			if len(w) >= maxWordTokens {
				clear(w)
			}
			// A copy: part is a slice of the sentence, which the
			// key would keep alive.
			w[strings.Clone(part)] = toks
		}
		out = append(out, toks...)
	}
	start, white := 0, false
	for i, r := range text {
		space := unicode.IsSpace(r)
		if i == 0 {
			white = space
		}
		if space != white {
			if start < i {
				add(text[start:i])
			}
			start = i
			if r == ' ' {
				start = i + 1
			}
			white = !white
		}
	}
	if start < len(text) {
		add(text[start:])
	}
	return out
}

// tokenize splits text into tokens with prose's tokenizer.
func tokenize(text string) []string {
	if k, n := nameApostrophe(text); k >= 0 {
		// prose keeps only the first letter of "O'Malley" or "D’Souza":
		// read the name with its apostrophe masked as letters, and give
		// the tokens back as written.
		masked := text[:k] + strings.Repeat("x", n) + text[k+n:]
		var out []string
		pos := 0
		for _, tok := range tokenize(masked) {
			at := strings.Index(masked[pos:], tok)
			if at < 0 {
				return proseTokens(text) // a token prose rewrote: as prose reads it
			}
			out = append(out, text[pos+at:pos+at+len(tok)])
			pos += at + len(tok)
		}
		return out
	}
	return proseTokens(text)
}

// proseTokens splits text into tokens with prose's tokenizer alone.
func proseTokens(text string) []string {
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	toks := doc.Tokens()
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// nameApostrophe finds the apostrophe of a name like "O'Malley" or
// "D’Souza" in text, a capital letter opening a word before it and a
// capital and a small letter after it, and returns its offset and length
// in bytes; -1 if there is none.
func nameApostrophe(text string) (int, int) {
	for k := 1; k+2 < len(text); k++ {
		n := 0
		switch {
		case text[k] == '\'':
			n = 1
		case strings.HasPrefix(text[k:], "’"):
			n = len("’")
		default:
			continue
		}
		if k+n+1 >= len(text) || text[k-1] < 'A' || text[k-1] > 'Z' || k >= 2 && isLetter(text[k-2]) {
			continue
		}
		if a, b := text[k+n], text[k+n+1]; a >= 'A' && a <= 'Z' && b >= 'a' && b <= 'z' {
			return k, n
		}
	}
	return -1, 0
}

// entities groups per-token labels into entities: a B- label starts one,
// and following I- labels of the same type continue it.
func entities(toks []Token) []Entity {
	// A contraction's stem ("Wo" of "Won't") is in no entity, whatever
	// its label: "Gennifer Flowers Won't" names Gennifer Flowers.
	stem := func(k int) bool { return k+1 < len(toks) && toks[k+1].Text == "n't" }
	var out []Entity
	for i := 0; i < len(toks); {
		if toks[i].label == 0 || stem(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].label == toks[i].label && !toks[j].Begin && toks[j].Sent == toks[i].Sent && !stem(j) {
			j++
		}
		out = append(out, Entity{Label: toks[i].Label(), Start: int(toks[i].Start), End: int(toks[j-1].End), First: i, Lim: j})
		i = j
	}
	return out
}

// IsCapitalized reports whether a word starts with an upper-case letter.
func IsCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
