package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/extract-news/extract/internal/record"
)

// DefaultMaxBytes is the largest input read when Options.MaxBytes is 0: 10 MiB.
const DefaultMaxBytes = 10 << 20

// DefaultInclude is the glob a directory's files must match when
// Options.Include is empty.
const DefaultInclude = "*.txt"

// Stdin is the argument, and the source, that stands for standard input.
const Stdin = "-"

// Options says which files a directory contributes and how inputs are read.
type Options struct {
	// Include holds globs (filepath.Match syntax) matched against the base
	// name of each file a directory walk finds; a file is taken when any
	// matches. Empty means DefaultInclude. Files named as arguments are
	// taken whatever their names.
	Include []string
	// MaxBytes is the largest input read; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the argument "-".
	Stdin io.Reader
	// Lines reads each file, and standard input, as JSON Lines: one article
	// per line, a JSON object {"id": ..., "text": ...} whose id is the
	// record's source. MaxBytes then limits each text. It stands for
	// Kind JSONL.
	Lines bool
	// Kind says how files are read: Auto, Text, HTML, WARC or JSONL (see
	// Kinds). Empty means Text. With Auto, a directory's files must match
	// DefaultIncludes when Include is empty.
	Kind string
}

// kind returns the kind files are read as.
func (o Options) kind() string {
	switch {
	case o.Lines:
		return JSONL
	case o.Kind == "":
		return Text
	}
	return o.Kind
}

// Validate reports the first malformed glob in o.Include.
func (o Options) Validate() error {
	if o.Kind != "" && !slices.Contains(Kinds, o.Kind) {
		return fmt.Errorf("invalid input kind %q: want one of %s", o.Kind, strings.Join(Kinds, ", "))
	}
	for _, p := range o.Include {
		if _, err := filepath.Match(p, ""); err != nil {
			return fmt.Errorf("bad --include glob %q: %w", p, err)
		}
	}
	return nil
}

func (o Options) include() []string {
	if len(o.Include) == 0 {
		if o.kind() == Auto {
			return DefaultIncludes
		}
		return []string{DefaultInclude}
	}
	return o.Include
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// An Input is one article named by the arguments, not yet read.
type Input struct {
	// Source is the name the record carries: the path as given or as the
	// walk of a directory argument found it, or "-" for standard input.
	Source string
	// Rel names the input relative to its argument, for outputs kept one
	// per input: the base name of a file argument, the path under a
	// directory argument, or "stdin". It is empty when Err is set.
	Rel string
	// Err is set when the argument could not be listed: a missing path, a
	// directory without matching files, an unreadable folder. Read returns
	// it.
	Err error

	path  string    // the file to read; empty for standard input
	stdin io.Reader // standard input, when path is empty
	max   int64

	// About is what the input says about its article besides the text:
	// what it is read as (a WARC response is a page), and the metadata
	// that a line of JSON Lines input or a WARC record gives.
	About About
	// Note, when set, makes the input no article but a line for standard
	// error, in its place among the others: the summary of a WARC file.
	Note string

	// A line of JSON Lines input holds its text, already checked, and a
	// WARC response its page.
	file   string // the source of the file it is a line of
	lineNo int    // from 1; 0 for an input that is no line
	text   []byte
	held   bool // text holds the input
}

// About is what an input says about its article besides its text.
type About struct {
	// Input is record.InputText, or record.InputHTML for a web page,
	// which must be read as such (page.Read) before its text is an
	// article.
	Input string
	// Title is the headline a line of JSON Lines input gives, or "".
	Title string
	// Meta holds what a line of JSON Lines input (url, published,
	// authors) or a WARC record (the target URI) says; Authors may be
	// nil.
	Meta record.Meta
	// ContentType is the HTTP Content-Type a WARC response was served
	// with, or "".
	ContentType string
}

// Name names the input in messages: its Source (for a WARC response, the
// file's path, "#" and the target URI), or for a line of JSON Lines
// input the file and the line ("in.jsonl: line 7").
func (in Input) Name() string {
	if in.lineNo > 0 {
		return fmt.Sprintf("%s: line %d", in.file, in.lineNo)
	}
	return in.Source
}

// Inputs returns the inputs args name, in order, reading none of them. A
// directory argument contributes the files of a walk that visits each
// directory's entries in lexical order, skipping hidden files and folders
// (names starting with ".") and files no Include glob matches. Arguments
// that cannot be listed give an Input whose Err says why. The sequence lists
// directories as it goes, so it holds no more than one path at a time.
//
// With o.Lines, each file gives one Input per line that is not blank, read
// as the sequence goes: its Source is the line's id, and a line that is not
// a JSON object with a string or number "id" and a string "text" gives an
// Input whose Err names the file and the line ("in.jsonl: line 7: ...").
//
// With o.Kind Auto, each file is read as its name says (.txt; .html, .htm,
// .xhtml; .warc; .jsonl; each also with .gz), else as its first bytes say
// (a WARC record, an HTML document's opening, else plain text). A WARC file
// gives one Input per HTML response, its Source the file's path, "#" and
// the response's target URI, then an Input whose Note sums the file up;
// a WARC file that breaks off gives an Input whose Err names the file and
// the offset of the record, after the responses before it.
func Inputs(args []string, o Options) iter.Seq[Input] {
	kind := o.kind()
	if o.Stdin != nil {
		if _, ok := o.Stdin.(*bufio.Reader); !ok {
			o.Stdin = bufio.NewReaderSize(o.Stdin, 64<<10)
		}
	}
	files := inputs(args, o)
	if kind == JSONL {
		return func(yield func(Input) bool) { jsonLines(files, yield) }
	}
	return func(yield func(Input) bool) {
		for in := range files {
			if in.Err != nil {
				if !yield(in) {
					return
				}
				continue
			}
			k := kind
			if k == Auto {
				k = in.sniff()
			}
			var ok bool
			switch k {
			case JSONL:
				ok = in.lines(yield)
			case WARC:
				ok = in.warc(yield)
			case HTML:
				in.About.Input = record.InputHTML
				ok = yield(in)
			default:
				in.About.Input = record.InputText
				ok = yield(in)
			}
			if !ok {
				return
			}
		}
	}
}

// sniff returns the kind of in, a file or standard input, by its name,
// else by its first bytes.
func (in Input) sniff() string {
	if in.path == "" {
		if br, ok := in.stdin.(*bufio.Reader); ok {
			return sniff(br)
		}
		return Text
	}
	if k := kindByName(in.path); k != "" {
		return k
	}
	return sniffFile(in.path)
}

// inputs returns the inputs args name, as Inputs does without o.Lines.
func inputs(args []string, o Options) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		stdinSeen := false
		for _, arg := range args {
			if arg == Stdin {
				in := Input{Source: Stdin, Rel: "stdin", stdin: o.Stdin, max: o.maxBytes()}
				if stdinSeen {
					in = Input{Source: Stdin, Err: fmt.Errorf("%s: %w", Stdin, ErrStdinAgain)}
				}
				stdinSeen = true
				if !yield(in) {
					return
				}
				continue
			}
			info, err := os.Stat(arg)
			switch {
			case err != nil:
				if !yield(Input{Source: arg, Err: fmt.Errorf("%s: %w", arg, pathError(err))}) {
					return
				}
			case info.IsDir():
				if !walk(arg, o, yield) {
					return
				}
			default:
				if !yield(Input{Source: arg, Rel: filepath.Base(arg), path: arg, max: o.maxBytes()}) {
					return
				}
			}
		}
	}
}

// ErrStdinAgain is the error of a second "-" among the arguments: standard
// input can be read only once.
var ErrStdinAgain = errors.New("standard input named more than once")

// walk yields the inputs of directory root, and reports whether to go on.
// A root that is a symbolic link to a folder is walked; links inside are
// not followed into folders (no cycles), and links to files are read.
func walk(root string, o Options, yield func(Input) bool) bool {
	matched, failed := 0, 0
	stopped := false
	start := root
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		start = root + string(filepath.Separator) // WalkDir then reads the folder it names
	}
	filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			failed++
			if !yield(Input{Source: path, Err: fmt.Errorf("%s: %w", path, pathError(err))}) {
				stopped = true
				return filepath.SkipAll
			}
			return nil // a directory that cannot be read is skipped
		}
		if path != start && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !(d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) || !matches(o.include(), d.Name()) {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			rel = d.Name()
		}
		matched++
		if !yield(Input{Source: path, Rel: rel, path: path, max: o.maxBytes()}) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	if stopped {
		return false
	}
	if matched == 0 && failed == 0 {
		return yield(Input{Source: root, Err: fmt.Errorf("%s: %w", root, &NoMatchError{Include: o.include()})})
	}
	return true
}

func matches(globs []string, name string) bool {
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
	}
	return false
}

// Read reads the input fully and checks it: no larger than the maximum, no
// NUL byte, valid UTF-8. An empty or blank input is valid (see Blank). Errors
// name the input's source and wrap a *TooLargeError, *UTF16Error,
// *BinaryError or *EncodingError, or the error from the file system.
func (in Input) Read() ([]byte, error) {
	if in.Err != nil {
		return nil, in.Err
	}
	if in.lineNo > 0 || in.held {
		return in.text, nil
	}
	text, err := in.read()
	if err == nil && in.About.Input != record.InputHTML {
		err = Check(text)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.Source, err)
	}
	return text, nil
}

// open gives the reader of in, its file opened or its standard input, and
// a func that closes what it opened. The error does not name the source.
func (in Input) open() (io.Reader, func(), error) {
	if in.path != "" {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, nil, pathError(err)
		}
		return f, func() { f.Close() }, nil
	}
	if in.stdin == nil {
		return nil, nil, errors.New("no standard input")
	}
	return in.stdin, func() {}, nil
}

func (in Input) read() ([]byte, error) {
	r, size := in.stdin, int64(-1)
	if in.path != "" {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, pathError(err)
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return nil, pathError(err)
		}
		if info.Mode().IsRegular() {
			size = info.Size()
		}
		r = f
	}
	if r == nil {
		return nil, errors.New("no standard input")
	}
	// gzip data is read decompressed, and its decompressed size is what
	// --max-bytes limits, so that a small file that inflates to gigabytes
	// (a gzip bomb) fails after max+1 bytes.
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	r = br
	if head, _ := br.Peek(2); isGzip(head) {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer gz.Close()
		r, size = gz, -1
	}
	if size > in.max {
		return nil, &TooLargeError{Size: size, Max: in.max}
	}
	var buf bytes.Buffer
	if size >= 0 {
		buf.Grow(int(size) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, in.max+1)); err != nil {
		if _, gz := r.(*gzip.Reader); gz {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		return nil, pathError(err)
	}
	if int64(buf.Len()) > in.max {
		return nil, &TooLargeError{Size: -1, Max: in.max}
	}
	return buf.Bytes(), nil
}

// pathError drops the operation and path from a *fs.PathError, since the
// caller names the input itself.
func pathError(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// Check reports whether text can be an article: no NUL byte, which marks
// binary data, and valid UTF-8. The error is a *UTF16Error (a byte order
// mark, or ASCII with NUL bytes between), a *BinaryError or an
// *EncodingError.
func Check(text []byte) error {
	if big, ok := utf16(text); ok {
		return &UTF16Error{BigEndian: big}
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		return &BinaryError{Offset: i}
	}
	if !utf8.Valid(text) {
		return &EncodingError{Offset: invalidAt(text)}
	}
	return nil
}

// utf16 reports whether text looks like UTF-16, and in which byte order:
// it starts with a UTF-16 byte order mark, or its first characters are
// ASCII with a NUL byte beside each.
func utf16(text []byte) (bigEndian, ok bool) {
	if len(text) >= 2 && (text[0] == 0xFF && text[1] == 0xFE || text[0] == 0xFE && text[1] == 0xFF) {
		return text[0] == 0xFE, true
	}
	n := min(len(text), 64) &^ 1
	if n < 4 {
		return false, false
	}
	le, be := true, true
	for i := 0; i < n; i += 2 {
		le = le && text[i] != 0 && text[i] < 0x80 && text[i+1] == 0
		be = be && text[i] == 0 && text[i+1] != 0 && text[i+1] < 0x80
	}
	return be, le || be
}

// invalidAt returns the offset of the first byte of text that is not part of
// valid UTF-8, or -1.
func invalidAt(text []byte) int {
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// Blank reports whether text is empty or holds only white space. Such an
// input is valid, and gives a record with empty lists, but deserves a warning.
func Blank(text []byte) bool {
	return len(bytes.TrimSpace(text)) == 0
}

// A TooLargeError is the error of an input over the maximum size.
type TooLargeError struct {
	Size int64 // the file's size, or -1 when not known (standard input, a line too long to keep)
	Max  int64
	Text bool // the input is the text of a line of JSON Lines
}

// Error says how large the input is.
func (e *TooLargeError) Error() string {
	switch {
	case e.Text && e.Size < 0:
		return fmt.Sprintf("line is too long for a text of at most --max-bytes %d", e.Max)
	case e.Text:
		return fmt.Sprintf("text is %d bytes, over --max-bytes %d", e.Size, e.Max)
	case e.Size < 0:
		return fmt.Sprintf("input is over --max-bytes %d", e.Max)
	}
	return fmt.Sprintf("file is %d bytes, over --max-bytes %d", e.Size, e.Max)
}

// A BinaryError is the error of an input that holds a NUL byte.
type BinaryError struct {
	Offset int // of the first NUL byte
}

// Error says where the NUL byte is.
func (e *BinaryError) Error() string {
	return fmt.Sprintf("binary file (NUL byte at %d)", e.Offset)
}

// An EncodingError is the error of an input that is not valid UTF-8.
type EncodingError struct {
	Offset int // of the first byte that is not part of valid UTF-8
}

// Error says where the bad byte is.
func (e *EncodingError) Error() string {
	return fmt.Sprintf("invalid UTF-8 at byte %d", e.Offset)
}

// A UTF16Error is the error of an input in UTF-16, which is not read: it
// must be converted to UTF-8 first.
type UTF16Error struct {
	BigEndian bool
}

// Error names the encoding and how to convert it.
func (e *UTF16Error) Error() string {
	order := "LE"
	if e.BigEndian {
		order = "BE"
	}
	return fmt.Sprintf("text is UTF-16 (%s), not UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8", order)
}

// A NoMatchError is the error of a directory argument in which no file
// matches the Include globs.
type NoMatchError struct {
	Include []string
}

// Error names the globs that matched nothing.
func (e *NoMatchError) Error() string {
	n := len(e.Include)
	if n <= 2 {
		return "no files matching " + strings.Join(e.Include, " or ")
	}
	return "no files matching " + strings.Join(e.Include[:n-1], ", ") + " or " + e.Include[n-1]
}
