package textnorm

import (
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/extract-news/extract/internal/lexicon"
)

// Text is article text prepared for NLP.
type Text struct {
	// Norm is the prepared text: LF line ends, ASCII quotes, apostrophes,
	// spaces and dashes, and a space where glued sentences were split.
	Norm string
	// Breaks holds the offsets in Norm where a sentence must start because
	// scraping glued it to the one before.
	Breaks []int

	// segs map Norm back to the input, in order of Norm offset: a byte of
	// Norm belongs to the last segment starting at or before it. Runs of
	// bytes copied one for one (most of an English text) take one segment
	// each, so the map is small beside the text.
	segs []seg
	size int // input length
}

// A seg is a stretch of Norm from offset norm to the next seg. When to is
// negative, Norm's bytes there are the input's from from on, one for one;
// otherwise every byte there came from the input's bytes [from, to) (a
// character folded or several bytes long, a space put in).
type seg struct {
	norm, from, to int32
}

// origin returns the input span [start, end) the byte Norm[i] came from.
func (t *Text) origin(i int) (start, end int) {
	k := sort.Search(len(t.segs), func(k int) bool { return int(t.segs[k].norm) > i }) - 1
	g := t.segs[k]
	if g.to < 0 {
		p := int(g.from) + i - int(g.norm)
		return p, p + 1
	}
	return int(g.from), int(g.to)
}

// Len returns the length of the input the text was prepared from.
func (t *Text) Len() int { return t.size }

// Span maps the span [s, e) of Norm to the span of the input it was read
// from. An empty span maps to an empty span.
func (t *Text) Span(s, e int) (int, int) {
	if s < 0 {
		s = 0
	}
	if e > len(t.Norm) {
		e = len(t.Norm)
	}
	if s >= e {
		p := t.Offset(s)
		return p, p
	}
	is, _ := t.origin(s)
	_, ie := t.origin(e - 1)
	if ie < is {
		ie = is
	}
	return is, ie
}

// Offset maps an offset of Norm to the input offset of the character there;
// the end of Norm maps to the end of the input.
func (t *Text) Offset(i int) int {
	if i >= len(t.Norm) || i < 0 {
		if i < 0 {
			return 0
		}
		return t.size
	}
	p, _ := t.origin(i)
	return p
}

// builder appends prepared bytes with their input origins.
type builder struct {
	buf  []byte
	segs []seg
}

// add appends s, which came from input[from:to].
func (b *builder) add(s string, from, to int) {
	if s == "" {
		return
	}
	n := int32(len(b.buf))
	b.buf = append(b.buf, s...)
	if len(s) == 1 && to == from+1 {
		// One byte for one: it continues a run that ends just before.
		if k := len(b.segs) - 1; k >= 0 && b.segs[k].to < 0 && int(b.segs[k].from)+int(n-b.segs[k].norm) == from {
			return
		}
		b.segs = append(b.segs, seg{norm: n, from: int32(from), to: -1})
		return
	}
	b.segs = append(b.segs, seg{norm: n, from: int32(from), to: int32(to)})
}

// last returns the last prepared byte, or 0.
func (b *builder) last() byte {
	if len(b.buf) == 0 {
		return 0
	}
	return b.buf[len(b.buf)-1]
}

// Prepare folds input into text for NLP. It never fails: bytes that are not
// valid UTF-8 are kept as they are.
func Prepare(input []byte) *Text {
	b := &builder{buf: make([]byte, 0, len(input)+len(input)/32)}
	var breaks []int
	i := 0
	if len(input) >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF {
		i = 3
	}
	for i < len(input) {
		r, n := utf8.DecodeRune(input[i:])
		if r == utf8.RuneError && n <= 1 {
			b.add(string(input[i:i+1]), i, i+1)
			i++
			continue
		}
		j := i + n
		if f, ok := folds[r]; ok {
			b.add(f, i, j)
			i = j
			continue
		}
		switch r {
		case '\r':
			if j < len(input) && input[j] == '\n' {
				j++
			}
			b.add("\n", i, j)
		case '—', '―', '–', '‒', '−':
			b.dash(input, r, i, j)
		case '.', '!', '?':
			b.add(string(r), i, j)
			if k, ok := glued(input, i, j); ok {
				b.split(input, j, k)
				j = max(j, k)
				breaks = append(breaks, len(b.buf))
			}
		default:
			b.add(string(input[i:j]), i, j)
		}
		i = j
	}
	return &Text{Norm: string(b.buf), Breaks: breaks, segs: slices.Clip(b.segs), size: len(input)}
}

// folds maps the runes that Prepare replaces one for one to what they
// become: white space to a space, line and paragraph separators to a line
// break, curly and angled quotation marks to straight ones, an ellipsis to
// three stops. Invisible runes map to "" and are dropped.
var folds = map[rune]string{
	'\t': " ", '\v': " ", '\f': " ", 0x85: " ", 0xA0: " ", 0x1680: " ",
	0x2000: " ", 0x2001: " ", 0x2002: " ", 0x2003: " ", 0x2004: " ", 0x2005: " ",
	0x2006: " ", 0x2007: " ", 0x2008: " ", 0x2009: " ", 0x200A: " ",
	0x202F: " ", 0x205F: " ", 0x3000: " ",
	0x2028: "\n", 0x2029: "\n",
	0x200B: "", 0x200C: "", 0x200D: "", 0x2060: "", 0xFEFF: "", 0xAD: "",
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '″': `"`, '«': `"`, '»': `"`,
	'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'", '´': "'",
	'…': "...",
}

// dash folds the dash r at input[i:j]: an en dash between digits is a range
// (2015–2016 gives 2015-2016); any other dash becomes " -- ", spaced on
// each side where the input did not space it.
func (b *builder) dash(input []byte, r rune, i, j int) {
	if r != '—' && r != '―' && isDigit(b.last()) && j < len(input) && isDigit(input[j]) {
		b.add("-", i, j)
		return
	}
	if b.last() != ' ' && b.last() != '\n' && b.last() != 0 {
		b.add(" ", i, i)
	}
	b.add("--", i, j)
	if j < len(input) && input[j] != ' ' && input[j] != '\n' && input[j] != '\r' {
		b.add(" ", j, j)
	}
}

// split parts two sentences that scraping glued together after the stop
// that ends at input offset j: it copies the closing quotation mark at
// input[j:k], if any, then adds a space.
func (b *builder) split(input []byte, j, k int) {
	if k > j {
		q := `"`
		if input[j] != 0xE2 || input[j+2] != 0x9D {
			q = "'" // ’ rather than ”
		}
		if input[j] == '"' {
			q = `"`
		}
		b.add(q, j, k)
		j = k
	}
	b.add(" ", j, j)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// glued reports whether the stop at input[i:j] ends a sentence that scraping
// glued to the next one: "nations.Senior", "companies.”US officials". It
// returns the offset after an optional closing quote. A stop inside a name
// or abbreviation (U.S., D.C., example.com, 3.5) is not a break: the word
// before it must be a lower-case word of two or more letters, and the word
// after it a capitalised word or an opening quote.
func glued(input []byte, i, j int) (int, bool) {
	// The word before: at least two letters, the last lower-case.
	k := i
	letters := 0
	for k > 0 {
		r, n := utf8.DecodeLastRune(input[:k])
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		k -= n
	}
	if lexicon.IsAbbreviation(string(input[k:i])) {
		return 0, false
	}
	if letters < 2 {
		r, _ := utf8.DecodeLastRune(input[:i])
		if !(r == '"' || r == '”' || r == ')' || r == '\'' || r == '’') {
			return 0, false
		}
	} else if r, _ := utf8.DecodeLastRune(input[:i]); !unicode.IsLower(r) {
		return 0, false
	}
	// An optional closing quote.
	after := j
	if r, n := utf8.DecodeRune(input[after:]); r == '"' || r == '”' || r == '’' {
		after += n
	}
	r, n := utf8.DecodeRune(input[after:])
	if r == '“' {
		return after, true
	}
	if !unicode.IsUpper(r) {
		return 0, false
	}
	// A capitalised word: upper then lower ("Senior"), or an all-caps
	// word of two or more letters ("US officials").
	r2, _ := utf8.DecodeRune(input[after+n:])
	if unicode.IsLower(r2) || unicode.IsUpper(r2) {
		// Reject domain-like runs such as "example.Com" only when no
		// letter follows; that is rare enough to accept.
		return after, true
	}
	return 0, false
}
