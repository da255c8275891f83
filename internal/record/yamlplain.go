package record

import (
	"bytes"
	"encoding"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// This file writes the items of a record's lists (actors, claims, events,
// positions) as YAML without yaml.v3, when every value of an item is one
// whose YAML is certain: numbers, booleans, null, spans, and strings that
// yaml.v3 writes plain (as they are) or, empty, as "". An item with any
// other value (a string with a line break, a colon and a space, a curly
// quotation mark, ...) is left to yaml.v3, which writes every item it is
// given the same way whatever its neighbours. The bytes are yaml.v3's
// (TestPlainItemsAsYAMLv3 checks every field of every list), at a fraction
// of its time: yaml.v3 builds events through reflection for every value.

// An itemField is a field of a list's item as YAML writes it: its key, and
// whether it is written in flow style ([a, b]).
type itemField struct {
	index int
	key   string
	flow  bool
}

// itemFields holds the fields of each item type, read from its yaml tags.
var itemFields sync.Map // reflect.Type -> []itemField, or nil when a tag is beyond this file

func fieldsOf(t reflect.Type) []itemField {
	if f, ok := itemFields.Load(t); ok {
		return f.([]itemField)
	}
	var out []itemField
	for i := range t.NumField() {
		sf := t.Field(i)
		tag, ok := sf.Tag.Lookup("yaml")
		if !ok || !sf.IsExported() {
			out = nil
			break
		}
		key, opts, _ := strings.Cut(tag, ",")
		if key == "" || key == "-" || (opts != "" && opts != "flow") || marshals(sf.Type) {
			out = nil
			break
		}
		out = append(out, itemField{index: i, key: key, flow: opts == "flow"})
	}
	itemFields.Store(t, out)
	return out
}

// plainItem appends item, a struct, to buf as one entry of a block sequence
// indented by 2 ("  - key: value" and "    key: value" lines), as yaml.v3
// writes it there, and reports true; or, when some value is beyond this
// file, appends nothing and reports false.
func plainItem(buf *bytes.Buffer, item any) bool {
	v := reflect.ValueOf(item)
	fields := fieldsOf(v.Type())
	if fields == nil {
		return false
	}
	start := buf.Len()
	for i, f := range fields {
		if i == 0 {
			buf.WriteString("  - ")
		} else {
			buf.WriteString("    ")
		}
		buf.WriteString(f.key)
		buf.WriteString(": ")
		if !plainValue(buf, v.Field(f.index), f.flow) {
			buf.Truncate(start)
			return false
		}
		buf.WriteByte('\n')
	}
	return true
}

var spanType = reflect.TypeFor[Span]()

// marshals reports whether values of t, or what t holds, marshal
// themselves (yaml.Marshaler, encoding.TextMarshaler), which this file
// leaves to yaml.v3.
func marshals(t reflect.Type) bool {
	for {
		if t.Implements(yamlMarshaler) || reflect.PointerTo(t).Implements(yamlMarshaler) ||
			t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) {
			return true
		}
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			t = t.Elem()
		default:
			return false
		}
	}
}

var (
	yamlMarshaler = reflect.TypeFor[yaml.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

// plainValue appends v, a value of an item's field, as yaml.v3 writes it
// (in flow style when flow), or reports false.
func plainValue(buf *bytes.Buffer, v reflect.Value, flow bool) bool {
	switch v.Kind() {
	case reflect.String:
		return plainString(buf, v.String(), flow)
	case reflect.Pointer:
		if v.IsNil() {
			buf.WriteString("null")
			return true
		}
		return v.Elem().Kind() == reflect.String && plainString(buf, v.Elem().String(), flow)
	case reflect.Int, reflect.Int32, reflect.Int64:
		buf.WriteString(strconv.FormatInt(v.Int(), 10))
		return true
	case reflect.Bool:
		buf.WriteString(strconv.FormatBool(v.Bool()))
		return true
	case reflect.Float64:
		f := v.Float()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return false
		}
		buf.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
		return true
	case reflect.Array:
		if v.Type() != spanType || !flow {
			return false
		}
		writeSpan(buf, v.Interface().(Span))
		return true
	case reflect.Slice:
		if !flow || v.IsNil() {
			return false
		}
		buf.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				buf.WriteString(", ")
			}
			e := v.Index(i)
			switch {
			case e.Kind() == reflect.String:
				if !plainString(buf, e.String(), true) {
					return false
				}
			case e.Type() == spanType:
				writeSpan(buf, e.Interface().(Span))
			default:
				return false
			}
		}
		buf.WriteByte(']')
		return true
	}
	return false
}

func writeSpan(buf *bytes.Buffer, s Span) {
	buf.WriteByte('[')
	buf.WriteString(strconv.Itoa(s[0]))
	buf.WriteString(", ")
	buf.WriteString(strconv.Itoa(s[1]))
	buf.WriteByte(']')
}

// plainString appends s when yaml.v3 would write it as it is, or as ""
// when empty (in a flow sequence only a plain s), or reports false.
func plainString(buf *bytes.Buffer, s string, flow bool) bool {
	if s == "" {
		if flow {
			return false
		}
		buf.WriteString(`""`)
		return true
	}
	if !isPlain(s, flow) {
		return false
	}
	buf.WriteString(s)
	return true
}

// isPlain reports whether yaml.v3 writes s unquoted, by a narrow rule
// that errs towards no: printable ASCII that starts with a letter, ends
// with neither a space nor a colon, holds neither ": " nor " #", and is
// not a word YAML reads as a boolean or null (true, no, off, ...). In a
// flow sequence, none of ,?[]{}:# either.
func isPlain(s string, flow bool) bool {
	if c := s[0]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
		return false
	}
	if c := s[len(s)-1]; c == ' ' || c == ':' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c > 0x7e {
			return false
		}
		switch c {
		case ':':
			if flow || s[i+1] == ' ' {
				return false
			}
		case '#':
			if flow || s[i-1] == ' ' {
				return false
			}
		case ',', '?', '[', ']', '{', '}':
			if flow {
				return false
			}
		}
	}
	if len(s) <= 5 {
		switch strings.ToLower(s) {
		case "true", "false", "null", "y", "yes", "n", "no", "on", "off":
			return false
		}
	}
	return true
}
