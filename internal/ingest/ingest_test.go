package ingest

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/testtree"
)

// listing describes an Input by its source, its Rel and its error.
func listing(in Input) string {
	s := in.Source + " " + in.Rel
	if in.Err != nil {
		s += " error: " + in.Err.Error()
	}
	return s
}

func TestInputs(t *testing.T) {
	t.Chdir(t.TempDir())
	testtree.Write(t, ".", map[string]string{
		"notes/b.txt":        "b",
		"notes/a.txt":        "a",
		"notes/a/z.txt":      "z",
		"notes/B.txt":        "B",
		"notes/sub/c.txt":    "c",
		"notes/sub/d.md":     "d",
		"notes/.hidden.txt":  "h",
		"notes/.git/e.txt":   "e",
		"notes/sub/.x/f.txt": "f",
		"empty/x.md":         "x",
		"file.md":            "m",
		".dot/g.txt":         "g",
	})
	if err := os.Symlink("a.txt", "notes/link.txt"); err != nil {
		t.Fatal(err)
	}
	// A link to a folder: walked when named, not followed inside a walk.
	if err := os.Symlink("notes/sub", "dirlink"); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../.dot", "notes/linked"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args    []string
		include []string
		want    []string
	}{
		{nil, nil, nil},
		{
			[]string{"notes"}, nil,
			[]string{"notes/B.txt B.txt", "notes/a/z.txt a/z.txt", "notes/a.txt a.txt", "notes/b.txt b.txt", "notes/link.txt link.txt", "notes/sub/c.txt sub/c.txt"},
		},
		{
			[]string{"notes/", "file.md", "-"}, []string{"*.md"},
			[]string{"notes/sub/d.md sub/d.md", "file.md file.md", "- stdin"},
		},
		{
			[]string{"./notes/sub"}, []string{"*.md", "c.*"},
			[]string{"notes/sub/c.txt c.txt", "notes/sub/d.md d.md"},
		},
		{
			// Named hidden paths are taken as given.
			[]string{".dot", "notes/.hidden.txt"}, nil,
			[]string{".dot/g.txt g.txt", "notes/.hidden.txt .hidden.txt"},
		},
		{
			[]string{"empty", "missing.txt", "-", "-"}, nil,
			[]string{
				"empty  error: empty: no files matching *.txt",
				"missing.txt  error: missing.txt: no such file or directory",
				"- stdin",
				"-  error: -: standard input named more than once",
			},
		},
		{
			[]string{"dirlink", "dirlink/"}, nil,
			[]string{"dirlink/c.txt c.txt", "dirlink/c.txt c.txt"},
		},
		{
			[]string{"empty"}, []string{"*.txt", "*.text"},
			[]string{"empty  error: empty: no files matching *.txt or *.text"},
		},
	}
	for _, tt := range tests {
		var got []string
		for in := range Inputs(tt.args, Options{Include: tt.include}) {
			got = append(got, listing(in))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Inputs(%q, %q):\n\t%s\nwant:\n\t%s", tt.args, tt.include, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
		}
	}
}

func TestInputsErrorTypes(t *testing.T) {
	dir := t.TempDir()
	var errs []error
	for in := range Inputs([]string{dir, filepath.Join(dir, "missing")}, Options{}) {
		errs = append(errs, in.Err)
	}
	if len(errs) != 2 {
		t.Fatalf("Inputs gave %d inputs, want 2", len(errs))
	}
	if _, ok := errors.AsType[*NoMatchError](errs[0]); !ok {
		t.Errorf("empty directory: error %v, want a *NoMatchError", errs[0])
	}
	if !errors.Is(errs[1], fs.ErrNotExist) {
		t.Errorf("missing file: error %v, want fs.ErrNotExist", errs[1])
	}
}

// TestInputsStop checks that a consumer can stop the sequence in the middle
// of a directory walk.
func TestInputsStop(t *testing.T) {
	dir := t.TempDir()
	testtree.Write(t, dir, map[string]string{"a.txt": "", "b.txt": "", "c.txt": ""})
	n := 0
	for range Inputs([]string{dir, dir}, Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("stopped after %d inputs, want 2", n)
	}
}

// TestInputsLazy checks that listing reads nothing: a file changed or removed
// after it was listed is read as it is then.
func TestInputsLazy(t *testing.T) {
	dir := t.TempDir()
	testtree.Write(t, dir, map[string]string{"a.txt": "old", "b.txt": "b"})
	var inputs []Input
	for in := range Inputs([]string{dir}, Options{}) {
		inputs = append(inputs, in)
	}
	testtree.Write(t, dir, map[string]string{"a.txt": "new"})
	if err := os.Remove(filepath.Join(dir, "b.txt")); err != nil {
		t.Fatal(err)
	}
	if text, err := inputs[0].Read(); string(text) != "new" || err != nil {
		t.Errorf("Read() = %q, %v, want %q, nil", text, err, "new")
	}
	if _, err := inputs[1].Read(); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Read() of a removed file: error %v, want fs.ErrNotExist", err)
	}
}

func TestRead(t *testing.T) {
	t.Chdir(t.TempDir())
	testtree.Write(t, ".", map[string]string{
		"good.txt":   "Héllo, world.\n",
		"empty.txt":  "",
		"blank.txt":  " \n\t\n",
		"big.txt":    strings.Repeat("x", 21),
		"limit.txt":  strings.Repeat("x", 20),
		"x.bin":      "abc\x00def\x00",
		"latin1.txt": "caf\xe9 au lait",
		"cut.txt":    "ab\xc3",
	})
	tests := []struct {
		arg   string
		stdin string
		want  string // the text read, or the error
	}{
		{"good.txt", "", "Héllo, world.\n"},
		{"empty.txt", "", ""},
		{"blank.txt", "", " \n\t\n"},
		{"limit.txt", "", strings.Repeat("x", 20)},
		{"big.txt", "", "error: big.txt: file is 21 bytes, over --max-bytes 20"},
		{"x.bin", "", "error: x.bin: binary file (NUL byte at 3)"},
		{"latin1.txt", "", "error: latin1.txt: invalid UTF-8 at byte 3"},
		{"cut.txt", "", "error: cut.txt: invalid UTF-8 at byte 2"},
		{"missing.txt", "", "error: missing.txt: no such file or directory"},
		{"-", "from a pipe", "from a pipe"},
		{"-", strings.Repeat("0123456789", 2), strings.Repeat("0123456789", 2)},
		{"-", strings.Repeat("0123456789", 2) + "+", "error: -: input is over --max-bytes 20"},
		{"-", "\xff", "error: -: invalid UTF-8 at byte 0"},
	}
	for _, tt := range tests {
		o := Options{MaxBytes: 20, Stdin: strings.NewReader(tt.stdin)}
		for in := range Inputs([]string{tt.arg}, o) {
			text, err := in.Read()
			got := string(text)
			if err != nil {
				got = "error: " + err.Error()
			}
			if got != tt.want {
				t.Errorf("Read() of %s = %q, want %q", tt.arg, got, tt.want)
			}
		}
	}
}

func TestReadErrorTypes(t *testing.T) {
	dir := t.TempDir()
	testtree.Write(t, dir, map[string]string{"big.txt": "0123456789", "x.bin": "\x00", "bad.txt": "\xff"})
	read := func(name string) error {
		t.Helper()
		for in := range Inputs([]string{filepath.Join(dir, name)}, Options{MaxBytes: 4}) {
			_, err := in.Read()
			return err
		}
		t.Fatalf("no input for %s", name)
		return nil
	}
	if e, ok := errors.AsType[*TooLargeError](read("big.txt")); !ok || e.Size != 10 || e.Max != 4 {
		t.Errorf("big file: error %#v, want a *TooLargeError{10, 4}", e)
	}
	if e, ok := errors.AsType[*BinaryError](read("x.bin")); !ok || e.Offset != 0 {
		t.Errorf("binary file: error %#v, want a *BinaryError{0}", e)
	}
	if e, ok := errors.AsType[*EncodingError](read("bad.txt")); !ok || e.Offset != 0 {
		t.Errorf("invalid UTF-8: error %#v, want an *EncodingError{0}", e)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"", ""},
		{"plain ASCII", ""},
		{"“curly” quotes — and dashes, naïve café, 東京, 🙂", ""},
		{"\ufeffa byte order mark", ""},
		{"abc\xffdef", "invalid UTF-8 at byte 3"},
		{"é\x80", "invalid UTF-8 at byte 2"},
		{"ok \xed\xa0\x80", "invalid UTF-8 at byte 3"}, // a UTF-16 surrogate
		{"ok \xc0\xaf", "invalid UTF-8 at byte 3"},     // an overlong encoding
		{"🙂\xf0\x9f\x99", "invalid UTF-8 at byte 4"},   // cut short
		{"\xff\x00", "binary file (NUL byte at 1)"},    // NUL first, whatever else
		{"\xff\xfeH\x00i\x00", "text is UTF-16 (LE), not UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8"},
		{"\xfe\xff\x00H\x00i", "text is UTF-16 (BE), not UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8"},
		{"H\x00e\x00l\x00l\x00o\x00", "text is UTF-16 (LE), not UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8"},
		{"\x00H\x00e\x00l\x00l\x00o", "text is UTF-16 (BE), not UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8"},
		{"ab\x00\x00\x01\x02", "binary file (NUL byte at 2)"},
	}
	for _, tt := range tests {
		got := ""
		if err := Check([]byte(tt.text)); err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("Check(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestBlank(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"", true},
		{" \t\r\n", true},
		{"\u00a0\u2003\n", true},
		{" x ", false},
	}
	for _, tt := range tests {
		if got := Blank([]byte(tt.text)); got != tt.want {
			t.Errorf("Blank(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestOptionsValidate(t *testing.T) {
	tests := []struct {
		include []string
		ok      bool
	}{
		{nil, true},
		{[]string{"*.txt", "news-[0-9]*.md", "x?"}, true},
		{[]string{"*.txt", "[a-"}, false},
		{[]string{`\`}, false},
	}
	for _, tt := range tests {
		err := Options{Include: tt.include}.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("Options{Include: %q}.Validate() = %v, want ok %v", tt.include, err, tt.ok)
		}
	}
}

// sameListing fails t unless got, the listing of what call gave, is want,
// line for line, and shows both.
func sameListing(t *testing.T, call string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s =\n\t%s\nwant\n\t%s", call, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// lineListing describes an Input of JSON Lines input: its name, its source
// and its text, or its error.
func lineListing(in Input) string {
	text, err := in.Read()
	if err != nil {
		return in.Name() + " error: " + err.Error()
	}
	return in.Name() + " " + in.Source + " " + string(text)
}

func TestInputsLines(t *testing.T) {
	t.Chdir(t.TempDir())
	testtree.Write(t, ".", map[string]string{
		"in.jsonl": strings.Join([]string{
			`{"id": "a", "text": "Apple said."}`,
			`{"id": 7, "text": "Seven.", "lang": "en"}`,
			``,
			"  \t",
			`{"id": "crlf", "text": "CR LF"}` + "\r",
			`{"id": "b", "text": "B"`,
			`["id", "text"]`,
			`{"text": "no id"}`,
			`{"id": "", "text": "empty id"}`,
			`{"id": true, "text": "odd id"}`,
			`{"id": "c"}`,
			`{"id": "d", "text": 4}`,
			`{"id": "e", "text": "nul\u0000"}`,
			`{"id": "f", "text": "` + strings.Repeat("y", 20) + `"}`,
			"{\"id\": \"g\", \"text\": \"\xff\"}",
			`{"id": "blank", "text": " "}`,
			`{"id": "last", "text": "no newline"}`,
		}, "\n"),
		"dir/x.jsonl":  `{"id": "x", "text": "X"}` + "\n",
		"dir/y.txt":    "not read",
		"empty.jsonl":  "",
		"blank.jsonl":  "\n\n",
		"single.jsonl": `{"id": "s", "text": "S"}`,
	})
	o := Options{Lines: true, MaxBytes: 16, Include: []string{"*.jsonl"}}
	var got []string
	for in := range Inputs([]string{"in.jsonl", "dir", "empty.jsonl", "blank.jsonl", "single.jsonl", "missing.jsonl"}, o) {
		got = append(got, lineListing(in))
	}
	want := []string{
		"in.jsonl: line 1 a Apple said.",
		"in.jsonl: line 2 7 Seven.",
		"in.jsonl: line 5 crlf CR LF",
		"in.jsonl: line 6 error: in.jsonl: line 6: invalid JSON at byte 23: unexpected end of JSON input",
		`in.jsonl: line 7 error: in.jsonl: line 7: not a JSON object: want {"id": ..., "text": ...}`,
		`in.jsonl: line 8 error: in.jsonl: line 8: no "id"`,
		`in.jsonl: line 9 error: in.jsonl: line 9: "id" is empty`,
		`in.jsonl: line 10 error: in.jsonl: line 10: "id" is true, want a string or a number`,
		`in.jsonl: line 11 error: in.jsonl: line 11: no "text"`,
		`in.jsonl: line 12 error: in.jsonl: line 12: "text" is number, want a string`,
		"in.jsonl: line 13 error: in.jsonl: line 13: text: binary file (NUL byte at 3)",
		"in.jsonl: line 14 error: in.jsonl: line 14: text is 20 bytes, over --max-bytes 16",
		"in.jsonl: line 15 error: in.jsonl: line 15: invalid UTF-8 at byte 21",
		"in.jsonl: line 16 blank  ",
		"in.jsonl: line 17 last no newline",
		"dir/x.jsonl: line 1 x X",
		"single.jsonl: line 1 s S",
		"missing.jsonl error: missing.jsonl: no such file or directory",
	}
	sameListing(t, "Inputs(Lines)", got, want)
}

func TestReadLine(t *testing.T) {
	in := "short\r\n" + strings.Repeat("x", 40) + "\nfits\n\nlast"
	r := bufio.NewReaderSize(strings.NewReader(in), 16)
	type line struct {
		text    string
		tooLong bool
		err     error
	}
	var got []line
	for {
		l, tooLong, err := readLine(r, 20, nil)
		got = append(got, line{string(l), tooLong, err})
		if err != nil {
			break
		}
	}
	want := []line{{"short", false, nil}, {"", true, nil}, {"fits", false, nil}, {"", false, nil}, {"last", false, io.EOF}}
	if !slices.Equal(got, want) {
		t.Errorf("readLine over %q = %v, want %v", in, got, want)
	}
}

func TestInputsLinesStdin(t *testing.T) {
	o := Options{Lines: true, Stdin: strings.NewReader(`{"id": "a", "text": "A"}` + "\n" + `{"id": "b"}` + "\n"), MaxBytes: 100}
	var got []string
	for in := range Inputs([]string{"-", "-"}, o) {
		got = append(got, lineListing(in))
	}
	want := []string{"-: line 1 a A", `-: line 2 error: -: line 2: no "text"`, "- error: -: standard input named more than once"}
	sameListing(t, "Inputs(-, -) with Lines", got, want)
}

func TestInputsLinesStop(t *testing.T) {
	o := Options{Lines: true, Stdin: strings.NewReader(strings.Repeat(`{"id": "a", "text": "A"}`+"\n", 10))}
	n := 0
	for range Inputs([]string{"-"}, o) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("stopped after %d lines, want 3", n)
	}
}
