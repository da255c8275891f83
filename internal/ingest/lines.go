package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"

	"github.com/extract-news/extract/internal/record"
)

// jsonLines yields an Input for each line of each input in files that is
// not blank. A line is a JSON object with an
// "id", the record's source, and a "text", the article; other fields are
// ignored. A line that is not such an object gives an Input whose Err names
// the file and the line ("in.jsonl: line 7: ..."). Files are read a line at
// a time, so a file of any length is read in flat memory.
func jsonLines(files iter.Seq[Input], yield func(Input) bool) {
	for in := range files {
		if in.Err != nil {
			if !yield(in) {
				return
			}
			continue
		}
		if !in.lines(yield) {
			return
		}
	}
}

// lines yields the inputs of the lines of in, a JSON Lines file, and
// reports whether to go on.
func (in Input) lines(yield func(Input) bool) bool {
	r, done, err := in.open()
	if err != nil {
		return yield(Input{Source: in.Source, Err: fmt.Errorf("%s: %w", in.Source, err)})
	}
	defer done()
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); isGzip(head) {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return yield(Input{Source: in.Source, Err: fmt.Errorf("%s: gzip: %w", in.Source, err)})
		}
		defer gz.Close()
		br = bufio.NewReaderSize(gz, 64<<10)
	}
	limit := lineLimit(in.max)
	var buf []byte
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, limit, buf[:0])
		buf = line
		if err != nil && !errors.Is(err, io.EOF) {
			return yield(Input{Source: in.Source, Err: fmt.Errorf("%s: line %d: %w", in.Source, n, pathError(err))})
		}
		if len(bytes.TrimSpace(line)) > 0 || tooLong {
			l := in.line(n, line, tooLong)
			if !yield(l) {
				return false
			}
		}
		if err != nil {
			return true // io.EOF
		}
	}
}

// lineLimit is the longest line read for a text of at most max bytes: JSON
// spells a byte in at most six ("\u001f"), and the other fields need room.
func lineLimit(max int64) int64 {
	const room = 64 << 10
	if max > (1<<62)/6 {
		return 1 << 62
	}
	return 6*max + room
}

// readLine reads the next line from r into buf, without its line ending.
// A line longer than limit is read to its end but not kept: tooLong is then
// set. At the end of the input err is io.EOF, with the last line, if any.
func readLine(r *bufio.Reader, limit int64, buf []byte) (line []byte, tooLong bool, err error) {
	n := int64(0)
	for {
		chunk, err := r.ReadSlice('\n')
		n += int64(len(chunk))
		if n > limit {
			tooLong = true
			buf = buf[:0]
		} else {
			buf = append(buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, tooLong, err
	}
}

// line returns the Input of line n of in, a JSON Lines file: its source is
// the line's id and its text is held, checked as Read checks a file's.
func (in Input) line(n int, line []byte, tooLong bool) Input {
	l := Input{file: in.Source, lineNo: n, max: in.max}
	id, text, about, err := parseLine(line, tooLong, in.max)
	if err != nil {
		l.Source = in.Source
		l.Err = fmt.Errorf("%s: %w", l.Name(), err)
		return l
	}
	l.Source = id
	l.text = text
	l.About = about
	return l
}

// parseLine reads the id, the text and what else one line of JSON Lines
// input says about its article: "url", "title", "published" (strings) and
// "authors" (a list of names, or one).
func parseLine(line []byte, tooLong bool, max int64) (id string, text []byte, about About, err error) {
	about.Input = record.InputText
	id, text, err = parseLineAbout(line, tooLong, max, &about)
	return id, text, about, err
}

func parseLineAbout(line []byte, tooLong bool, max int64, about *About) (id string, text []byte, err error) {
	if tooLong {
		return "", nil, &TooLargeError{Size: -1, Max: max, Text: true}
	}
	if err := Check(line); err != nil {
		return "", nil, err
	}
	if b := bytes.TrimLeft(line, " \t"); len(b) == 0 || b[0] != '{' {
		return "", nil, errors.New(`not a JSON object: want {"id": ..., "text": ...}`)
	}
	var v struct {
		ID        json.RawMessage `json:"id"`
		Text      *string         `json:"text"`
		URL       string          `json:"url"`
		Title     string          `json:"title"`
		Published string          `json:"published"`
		Authors   json.RawMessage `json:"authors"`
	}
	if err := json.Unmarshal(line, &v); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return "", nil, fmt.Errorf("invalid JSON at byte %d: %v", syntax.Offset, syntax)
		}
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			return "", nil, fmt.Errorf("%q is %s, want a string", typ.Field, typ.Value)
		}
		return "", nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if id, err = lineID(v.ID); err != nil {
		return "", nil, err
	}
	if v.Text == nil {
		return "", nil, errors.New(`no "text"`)
	}
	text = []byte(*v.Text)
	if int64(len(text)) > max {
		return "", nil, &TooLargeError{Size: int64(len(text)), Max: max, Text: true}
	}
	if err := Check(text); err != nil {
		return "", nil, fmt.Errorf("text: %w", err)
	}
	about.Title = v.Title
	about.Meta.URL = v.URL
	about.Meta.Published = v.Published
	if about.Meta.Authors, err = lineAuthors(v.Authors); err != nil {
		return "", nil, err
	}
	return id, text, nil
}

// lineAuthors reads a line's authors: a list of names, or one name.
func lineAuthors(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return list, nil
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		if one == "" {
			return nil, nil
		}
		return []string{one}, nil
	}
	return nil, fmt.Errorf(`"authors" is %s, want a list of names`, raw)
}

// lineID reads a line's id: a string, or a number as written.
func lineID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", errors.New(`no "id"`)
	}
	var id string
	switch raw[0] {
	case '"':
		if err := json.Unmarshal(raw, &id); err != nil {
			return "", fmt.Errorf(`"id": %v`, err)
		}
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		id = string(raw)
		if _, err := strconv.ParseFloat(id, 64); err != nil {
			return "", fmt.Errorf(`"id" %s is not a number`, id)
		}
	default:
		return "", fmt.Errorf(`"id" is %s, want a string or a number`, raw)
	}
	if id == "" {
		return "", errors.New(`"id" is empty`)
	}
	return id, nil
}
