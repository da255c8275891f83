package record

import (
	"bytes"
	"reflect"
	"testing"

	"gopkg.in/yaml.v3"
)

// fill sets every field of the struct v points to: strings to s, string
// pointers to s (or nil when null), whole numbers to 7, booleans to true,
// floats to f, lists of strings to s and a plain word, spans to [3, 9].
func fill(t *testing.T, v reflect.Value, s string, null bool, f float64) {
	t.Helper()
	v = v.Elem()
	for i := range v.NumField() {
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(s)
		case reflect.Pointer:
			if !null {
				fv.Set(reflect.ValueOf(&s))
			}
		case reflect.Int:
			fv.SetInt(7)
		case reflect.Bool:
			fv.SetBool(true)
		case reflect.Float64:
			fv.SetFloat(f)
		case reflect.Array:
			fv.Set(reflect.ValueOf(Span{3, 9}))
		case reflect.Slice:
			switch fv.Type().Elem() {
			case reflect.TypeFor[string]():
				fv.Set(reflect.ValueOf([]string{s, "word"}))
			case spanType:
				fv.Set(reflect.ValueOf([]Span{{3, 9}, {12, 20}}))
			default:
				t.Fatalf("%s.%s: a list of %s, which fill does not know", v.Type(), v.Type().Field(i).Name, fv.Type().Elem())
			}
		default:
			t.Fatalf("%s.%s: a field of kind %s, which fill does not know", v.Type(), v.Type().Field(i).Name, fv.Kind())
		}
	}
}

// asYAMLv3 is item as yaml.v3 writes it as an entry of a list indented
// by 2, which is what marshalYAML does when plainItem declines.
func asYAMLv3(t *testing.T, item any) string {
	t.Helper()
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	list := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(item)), 0, 1)
	if err := enc.Encode(reflect.Append(list, reflect.ValueOf(item)).Interface()); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for line := range bytes.Lines(b.Bytes()) {
		out.WriteString("  ")
		out.Write(line)
	}
	return out.String()
}

// TestPlainItemsAsYAMLv3 checks that whatever plainItem writes is what
// yaml.v3 writes, for every field of the items of each list, over strings
// YAML takes as they are and strings it must quote, and that it does write
// items whose strings are plain words (so a field added to an item in a
// kind this file does not know shows here).
func TestPlainItemsAsYAMLv3(t *testing.T) {
	words := []string{"Mara Lind", "said", "the harbour board's plan", "O'Neil", "e.g. this", "C++ and Go", "US$5 or 50%", "Yesterday", "Nobody", "Online", "a - b"}
	others := []string{"tRuE", "a:b", "x#y", "A?", "x{y}", "a, b", "He said \"no\" twice", "", "yes", "No", "null", "NULL", "true", "False", "y", "N", "on", "Off", "a: b", "ends:", "x #y", " lead", "trail ", "[x]", "{x}", "-x", "- x", "1984", "3.5", "0x1F", ".inf", "~", "'quoted'", "\"quoted\"", "#hash", "&anchor", "*alias", "!tag", "|bar", ">gt", "%pct", "@at", "`tick", "Ørsted", "caf\u00e9", "tab\tx", "line\nbreak", "\u201cCurly\u201d", "---", "...", "<<"}
	types := []reflect.Type{reflect.TypeFor[Actor](), reflect.TypeFor[Claim](), reflect.TypeFor[Event](), reflect.TypeFor[Position]()}
	for _, typ := range types {
		for k, s := range append(words, others...) {
			for _, null := range []bool{false, true} {
				for _, f := range []float64{0.25, 1, 0, 1e-07, 0.30000000000000004} {
					v := reflect.New(typ)
					fill(t, v, s, null, f)
					item := v.Elem().Interface()
					var b bytes.Buffer
					ok := plainItem(&b, item)
					switch {
					case ok:
						if want := asYAMLv3(t, item); b.String() != want {
							t.Errorf("%s with %q: plainItem wrote\n%s\nyaml.v3 writes\n%s", typ.Name(), s, b.String(), want)
						}
					case b.Len() != 0:
						t.Errorf("%s with %q: plainItem declined but wrote %q", typ.Name(), s, b.String())
					case k < len(words):
						t.Errorf("%s with %q: plainItem declined an item of plain words", typ.Name(), s)
					}
				}
			}
		}
	}
}

// TestPlainStringsAsYAMLv3 holds isPlain to yaml.v3 over every string of
// up to four characters from an alphabet of letters, digits and YAML's
// marks: a string it calls plain must be one yaml.v3 writes unquoted.
func TestPlainStringsAsYAMLv3(t *testing.T) {
	const alphabet = "aYnO1 :#,?-'\"[]{}.~&*!|>%@`"
	var each func(s string, n int)
	each = func(s string, n int) {
		if s != "" {
			for _, flow := range []bool{false, true} {
				if !isPlain(s, flow) {
					continue
				}
				var v any = struct {
					K string `yaml:"k"`
				}{s}
				want := "k: " + s + "\n"
				if flow {
					v = struct {
						K []string `yaml:"k,flow"`
					}{[]string{s}}
					want = "k: [" + s + "]\n"
				}
				b, err := yaml.Marshal(v)
				if err != nil {
					t.Fatal(err)
				}
				if string(b) != want {
					t.Errorf("isPlain(%q, flow %v), and yaml.v3 writes %q", s, flow, b)
				}
			}
		}
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			each(s+string(c), n-1)
		}
	}
	each("", 4)
}
