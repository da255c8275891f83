package page

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// decode returns raw as UTF-8. The character set is the first of: a byte
// order mark, the charset parameter of contentType, a <meta charset> or
// <meta http-equiv="Content-Type"> in the page's head, UTF-8 when raw is
// valid UTF-8, else Windows-1252 (what browsers assume of an undeclared
// page that is not UTF-8).
//
// charset.DetermineEncoding alone looks at the first 1,024 bytes only, and
// takes a page whose first 1,024 bytes are ASCII for Windows-1252: the
// <meta charset> of many pages comes later, and a UTF-8 page so read turns
// every curly quote into "â€™".
func decode(raw []byte, contentType string) []byte {
	enc := encodingOf(raw, contentType)
	if enc == nil || enc == unicode.UTF8 || enc == encoding.Nop {
		return raw
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return bytes.TrimPrefix(out, []byte("\ufeff"))
}

// encodingOf returns the encoding raw is in, by the rules decode follows.
func encodingOf(raw []byte, contentType string) encoding.Encoding {
	head := raw[:min(len(raw), 1024)]
	if enc, _, certain := charset.DetermineEncoding(head, contentType); certain {
		return enc
	}
	if name := metaCharset(raw[:min(len(raw), 64<<10)]); name != "" {
		if enc, _ := charset.Lookup(name); enc != nil {
			if enc == unicode.UTF8 || strings.HasPrefix(strings.ToLower(name), "utf-16") {
				// A page that says UTF-16 in ASCII bytes is not UTF-16
				// (WHATWG: read it as UTF-8).
				return unicode.UTF8
			}
			return enc
		}
	}
	if utf8.Valid(raw) {
		return unicode.UTF8
	}
	enc, _, _ := charset.DetermineEncoding(head, "")
	return enc
}

// metaCharset returns the character set a <meta> tag of the page's head
// declares, or "".
func metaCharset(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var httpEquiv, content string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					return strings.TrimSpace(string(v))
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					content = string(v)
				}
			}
			if httpEquiv == "content-type" {
				if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
					return strings.Trim(content[i+len("charset="):], ` "';`)
				}
			}
		}
	}
}
